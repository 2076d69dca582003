package dev.devdrive.maven.report;

/**
 * The commands that set {@code MAVEN_OPTS} to a JVM option, written for the shells of the OS the report ran on,
 * and what each of them changes. The only place a recommendation's {@code MAVEN_OPTS} line is built. Pure.
 */
final class MavenOptsCommands {

    private MavenOptsCommands() {}

    /** One command a line: PowerShell, cmd and setx on Windows, {@code export} elsewhere. */
    static String commands(OsInfo os, String option) {
        if (os.isWindows()) {
            return String.join(
                    "\n",
                    "$env:MAVEN_OPTS = \"" + option + "\"",
                    "set \"MAVEN_OPTS=" + option + "\"",
                    "setx MAVEN_OPTS \"" + option + "\"");
        }
        return "export MAVEN_OPTS=\"" + option + "\"";
    }

    /** Which command is for which shell, and what a persistent setting overwrites. */
    static String explanation(OsInfo os) {
        if (os.isWindows()) {
            return "In PowerShell the $env: line sets MAVEN_OPTS for the current window, in cmd the set line."
                    + " setx sets it for your user in every new window (not the current one) and replaces a"
                    + " MAVEN_OPTS you already have: merge your existing options into its value, or prefer a line"
                    + " in the project's .mvn/jvm.config, without a drive letter that differs between machines.";
        }
        return "The export line sets MAVEN_OPTS for the current shell; add it to your shell's profile (~/.profile)"
                + " to keep it, merged with a MAVEN_OPTS you already have.";
    }
}
