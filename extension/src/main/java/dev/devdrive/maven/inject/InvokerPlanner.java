package dev.devdrive.maven.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides what to inject into a maven-invoker-plugin execution, whose forked Maven builds (a Maven plugin's ITs)
 * are among a build's heaviest temp users. The forked Maven JVM gets {@code java.io.tmpdir} through
 * {@code MAVEN_OPTS}, which the invoker sets from {@code mavenOpts}; its processes get TMP, TEMP and TMPDIR.
 * A project's own {@code invoker.mavenOpts} or {@code invoker.environmentVariables.<name>} in its
 * {@code invoker.properties} replace these values for that project, so the user's choice wins there as well.
 */
public final class InvokerPlanner {

    static final String MAVEN_OPTS = "MAVEN_OPTS";

    private InvokerPlanner() {}

    /**
     * @param settings  the execution's configured values
     * @param directory the temp directory for the forked builds
     * @param separator the file name separator of the OS the builds run on
     */
    public static InjectionPlan.Invoker plan(InvokerSettings settings, String directory, String separator) {
        List<String> applied = new ArrayList<>();
        List<String> leftAlone = new ArrayList<>();
        boolean windows = WindowsCommandLine.onWindows(separator);
        Optional<String> mavenOpts = mavenOpts(settings, directory, windows, applied, leftAlone);
        Optional<Map<String, String>> environment = TempVariables.plan(
                UserChoiceForms.found(UserChoiceForms.INVOKER, UserChoiceForms.Target.TEMP_VARIABLES, settings),
                settings.environment(),
                directory,
                windows,
                applied,
                leftAlone);
        return new InjectionPlan.Invoker(mavenOpts, environment, applied, leftAlone);
    }

    private static Optional<String> mavenOpts(
            InvokerSettings settings, String directory, boolean windows, List<String> applied, List<String> leftAlone) {
        List<String> tmpdir =
                UserChoiceForms.found(UserChoiceForms.INVOKER, UserChoiceForms.Target.JAVA_IO_TMPDIR, settings);
        if (!tmpdir.isEmpty()) {
            leftAlone.addAll(tmpdir);
            return Optional.empty();
        }
        if (!windows && directory.chars().anyMatch(Character::isWhitespace)) {
            // mvn splits MAVEN_OPTS at spaces and takes quotes literally: no way to pass this path.
            leftAlone.add("java.io.tmpdir of the forked builds: " + directory + " has a space, which " + MAVEN_OPTS
                    + " cannot carry");
            return Optional.empty();
        }
        // Without mavenOpts the forked build inherits MAVEN_OPTS: setting mavenOpts must keep what that holds.
        String base = settings.mavenOpts() != null ? settings.mavenOpts() : settings.inheritedMavenOpts();
        String option = ArgLines.tmpdirOption(directory);
        applied.add("mavenOpts " + option);
        // mvn.cmd expands %MAVEN_OPTS% once, on a batch line: cmd then honours quotes and expands nothing in the value
        String argument = windows ? WindowsCommandLine.inQuotes(option) : option;
        return Optional.of(base == null || base.isBlank() ? argument : base.strip() + " " + argument);
    }
}
