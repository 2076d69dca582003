package dev.devdrive.maven.inject;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TMP, TEMP and TMPDIR for the processes a forked JVM or forked build starts: Windows programs read TMP and TEMP,
 * POSIX programs TMPDIR. All three come from the extension, or none when the user set any of them, so that a
 * process never sees half the user's choice and half the extension's.
 *
 * <p>None on Windows: there a JVM's process temp directory ({@code GetTempPath}, read from TMP and TEMP) is where
 * HotSpot publishes its perf-data file, which {@code jps}, {@code jcmd} and VisualVM look for in their own
 * {@code %TEMP%}; and what a test's child process holds open there keeps Windows from deleting it. The forks'
 * {@code java.io.tmpdir}, which the temp files of Java tests follow, is set on their command line either way.
 */
final class TempVariables {

    static final List<String> NAMES = List.of("TMP", "TEMP", "TMPDIR");

    private TempVariables() {}

    /** The temp variables {@code environmentVariables} sets, in the log's and the report's words; empty for none. */
    static Optional<String> setByUser(Map<String, String> environment) {
        return among(environment.keySet(), "environmentVariables sets ");
    }

    /** The temp variables {@code excludedEnvironmentVariables} keeps from the forks; empty for none. */
    static Optional<String> excludedByUser(List<String> excluded) {
        return among(excluded, "excludedEnvironmentVariables excludes ");
    }

    /** Windows treats Tmp, tmp and TMP as one variable; elsewhere leaving a look-alike alone is harmless. */
    private static Optional<String> among(Collection<String> names, String words) {
        List<String> temp = names.stream()
                .filter(name -> NAMES.stream().anyMatch(name::equalsIgnoreCase))
                .sorted()
                .toList();
        return temp.isEmpty() ? Optional.empty() : Optional.of(words + String.join(", ", temp));
    }

    /**
     * @param userSet     what the table's rows for these variables found set ({@link UserChoiceForms})
     * @param environment the configured {@code environmentVariables}
     * @param directory   the directory the three variables name
     * @param windows     whether the processes run on Windows, where they keep their own (see above)
     * @param applied     gets what is injected, for the log
     * @param leftAlone   gets what the user set, for the log
     * @return the new {@code environmentVariables}, when they change
     */
    static Optional<Map<String, String>> plan(
            List<String> userSet,
            Map<String, String> environment,
            String directory,
            boolean windows,
            List<String> applied,
            List<String> leftAlone) {
        if (!userSet.isEmpty()) {
            leftAlone.addAll(userSet);
            return Optional.empty();
        }
        return windows ? Optional.empty() : Optional.of(inject(environment, directory, applied));
    }

    /**
     * @param environment the configured {@code environmentVariables}, which set none of the three
     * @param directory   the directory the three variables name
     * @param applied     gets what is injected, for the log
     * @return the new {@code environmentVariables}
     */
    private static Map<String, String> inject(Map<String, String> environment, String directory, List<String> applied) {
        Map<String, String> variables = new LinkedHashMap<>(environment);
        NAMES.forEach(name -> variables.put(name, directory));
        applied.add("environmentVariables " + String.join(", ", NAMES) + "=" + directory);
        return variables;
    }
}
