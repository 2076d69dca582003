package dev.devdrive.maven.inject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.apache.maven.shared.utils.cli.CommandLineUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The temp directory reaches a forked JVM on Windows through {@code cmd.exe /X /C "…"} (Surefire, Failsafe, a
 * forked javac) or through {@code %MAVEN_OPTS%} in {@code mvn.cmd} (the invoker's builds): whatever legal
 * character the path holds, the JVM gets exactly the option the planner meant. The command lines are built by
 * the real maven-shared-utils and plexus-utils classes; cmd and the C runtime are {@link WindowsProcessStart}.
 */
class WindowsForkCommandLineTest {

    /** Defined as on a Windows machine, so that a {@code %NAME%} in a path would be expanded. */
    private static final Map<String, String> ENVIRONMENT =
            Map.of("USERNAME", "jo", "TEMP", "C:\\Users\\jo\\AppData\\Local\\Temp", "A", "expanded");

    /** Without a space: plexus-utils 3.6 does not quote the executable (as none of the versions Surefire uses does). */
    private static final String JAVA = "C:\\jdk-21\\bin\\java.exe";

    static final String[] PATHS = {
        "C:\\w\\R&D\\p",
        "C:\\w\\a^b\\p",
        "C:\\w\\x%USERNAME%y\\p",
        "C:\\w\\100%\\p",
        "C:\\w\\%A%%A%\\p",
        "C:\\w\\%\\%A\\p",
        "C:\\Program Files (x86)\\p",
        "C:\\w\\a|b<c>d\\p",
        "C:\\Users\\O'Brien\\My Builds",
        "C:\\Users\\Jürgen\\ビルド",
        "C:\\w\\#;,=@$`~+[]{}\\p",
        "C:\\w\\ends with %",
        "C:\\w\\a b^&c %TEMP% d\\p",
        "C:\\w\\trailing\\",
        "C:\\w\\back\\%slash\\\\%",
    };

    @ParameterizedTest
    @FieldSource("PATHS")
    void surefireForksGetTheDirectoryThroughCmd(String module) throws Exception {
        InjectionPlan.Surefire plan = SurefirePlanner.plan(
                new SurefireSettings(
                        "-Xmx1g @{argLine}", Map.of(), Map.of(), Map.of(), Map.of(), List.of(), Map.of(), 1),
                module,
                "\\");
        // Surefire replaces the fork number, splits the line, and hands the arguments to its CmdShell.
        String argLine = plan.argLine().orElseThrow().replace(SurefirePlanner.FORK_NUMBER, "1");
        String[] arguments = CommandLineUtils.translateCommandline(argLine);

        for (String line :
                List.of(sharedUtilsCommandLine(arguments), plexusUtilsCommandLine(arguments), surefire361(arguments))) {
            assertThat(WindowsProcessStart.argv(line, ENVIRONMENT))
                    .as(line)
                    .containsExactly(
                            JAVA.replace('\\', '/'), "-Xmx1g", "@{argLine}", "-Djava.io.tmpdir=" + module + "\\fork-1");
        }
    }

    @ParameterizedTest
    @FieldSource("PATHS")
    void aForkedJavacGetsItsDirectoryThroughCmd(String directory) {
        List<String> compilerArgs = CompilerPlanner.plan(
                        new CompilerSettings(true, List.of("-Xlint"), null, null, null), directory, "\\")
                .compilerArgs()
                .orElseThrow();
        // plexus-compiler puts the -J arguments on the command line and everything else in an argument file
        String javacArgument = compilerArgs.get(1);
        assertThat(javacArgument).startsWith("-J");

        assertThat(WindowsProcessStart.argv(plexusUtilsCommandLine("@args", javacArgument), ENVIRONMENT))
                .containsExactly(JAVA.replace('\\', '/'), "@args", "-J-Djava.io.tmpdir=" + directory);
    }

    /**
     * The invoker sets MAVEN_OPTS in the forked build's environment; mvn.cmd writes {@code %MAVEN_OPTS%} on the
     * java command line of a batch file, where the variable is expanded once and its value scanned no further.
     */
    @ParameterizedTest
    @FieldSource("PATHS")
    void anInvokedBuildGetsItsDirectoryThroughMavenOpts(String directory) {
        String mavenOpts = InvokerPlanner.plan(new InvokerSettings("-Xmx1g", null, null), directory, "\\")
                .mavenOpts()
                .orElseThrow();
        String batchLine = "\"" + JAVA + "\" " + mavenOpts + " -classpath \"C:\\maven\\boot\\x.jar\"";

        assertThat(WindowsProcessStart.argvOfExpandedBatchLine(batchLine))
                .containsExactly(
                        JAVA, "-Xmx1g", "-Djava.io.tmpdir=" + directory, "-classpath", "C:\\maven\\boot\\x.jar");
    }

    @ParameterizedTest
    @FieldSource("PATHS")
    void windowsForksKeepTheirProcessTempDirectory(String directory) {
        assertThat(SurefirePlanner.plan(
                                new SurefireSettings(
                                        null, Map.of(), Map.of(), Map.of(), Map.of(), List.of(), Map.of(), 1),
                                directory,
                                "\\")
                        .environment())
                .isEmpty();
        assertThat(InvokerPlanner.plan(new InvokerSettings(null, null, null), directory, "\\")
                        .environment())
                .isEmpty();
    }

    private static String sharedUtilsCommandLine(String... arguments) {
        var shell = new org.apache.maven.shared.utils.cli.shell.CmdShell();
        shell.setExecutable(JAVA);
        return last(shell.getShellCommandLine(arguments));
    }

    private static String plexusUtilsCommandLine(String... arguments) {
        var shell = new org.codehaus.plexus.util.cli.shell.CmdShell();
        shell.setExecutable(JAVA);
        return last(shell.getShellCommandLine(arguments));
    }

    /**
     * Surefire 3.6's CmdShell also puts an argument in quotes when it has one of {@code &<>()@^|} or a tab, unless
     * it starts and ends with a quote already (read from its bytecode).
     */
    private static String surefire361(String... arguments) {
        StringBuilder line = new StringBuilder("\"" + JAVA.replace('\\', '/'));
        for (String argument : arguments) {
            boolean bounded = argument.length() > 1 && argument.startsWith("\"") && argument.endsWith("\"");
            boolean special = argument.chars().anyMatch(c -> " \t&<>()@^|".indexOf(c) >= 0);
            line.append(' ').append(!bounded && special ? "\"" + argument + "\"" : argument);
        }
        return line.append('"').toString();
    }

    private static String last(List<String> commandLine) {
        return commandLine.get(commandLine.size() - 1);
    }
}
