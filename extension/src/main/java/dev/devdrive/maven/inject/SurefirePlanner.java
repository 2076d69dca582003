package dev.devdrive.maven.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides what to inject into a Surefire or Failsafe execution. The forked JVM gets its temp directory on its
 * command line, because the JDK reads {@code java.io.tmpdir} once at start-up and
 * {@code systemPropertyVariables} are set too late for that.
 */
public final class SurefirePlanner {

    /**
     * Surefire replaces this in {@code argLine} with the fork's number, which may exceed {@code forkCount} (see
     * {@link ForkNumbers}).
     */
    static final String FORK_NUMBER = "${surefire.forkNumber}";

    private SurefirePlanner() {}

    /**
     * @param settings        the execution's configured values
     * @param moduleDirectory the module's directory in the build's temp directory; forks get
     *                        {@code fork-<n>} below it
     * @param separator       the file name separator of the OS the forks run on
     */
    public static InjectionPlan.Surefire plan(SurefireSettings settings, String moduleDirectory, String separator) {
        if (settings.forkCount() <= 0) {
            return new InjectionPlan.Surefire(
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    List.of("forkCount=0: tests run inside the Maven JVM, which has no argLine"));
        }
        List<String> applied = new ArrayList<>();
        List<String> leftAlone = new ArrayList<>();
        Optional<String> argLine = Optional.empty();
        List<String> tmpdir =
                UserChoiceForms.found(UserChoiceForms.SUREFIRE, UserChoiceForms.Target.JAVA_IO_TMPDIR, settings);
        boolean windows = WindowsCommandLine.onWindows(separator);
        if (tmpdir.isEmpty()) {
            String option = ArgLines.tmpdirOption(moduleDirectory + separator + "fork-" + FORK_NUMBER);
            // Appended to the argLine as configured: Surefire replaces its @{...} afterwards, as without us.
            argLine = Optional.of(
                    ArgLines.append(settings.argLine(), windows ? WindowsCommandLine.quoted(option) : option));
            applied.add("argLine " + option);
        } else {
            leftAlone.addAll(tmpdir);
        }
        Optional<Map<String, String>> environment = TempVariables.plan(
                UserChoiceForms.found(UserChoiceForms.SUREFIRE, UserChoiceForms.Target.TEMP_VARIABLES, settings),
                settings.environment(),
                moduleDirectory,
                windows,
                applied,
                leftAlone);
        return new InjectionPlan.Surefire(argLine, environment, applied, leftAlone);
    }
}
