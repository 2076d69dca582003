package dev.devdrive.maven.inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * TMP, TEMP and TMPDIR for the processes a forked JVM or forked build starts: Windows programs read TMP and TEMP,
 * POSIX programs TMPDIR. All three come from the extension, or none when the user set any of them, so that a
 * process never sees half the user's choice and half the extension's.
 */
final class TempVariables {

    static final List<String> NAMES = List.of("TMP", "TEMP", "TMPDIR");

    private TempVariables() {}

    /** The temp variables {@code environmentVariables} sets, in the log's and the report's words; empty for none. */
    static Optional<String> setByUser(Map<String, String> environment) {
        // Windows treats Tmp, tmp and TMP as one variable; elsewhere leaving a look-alike alone is harmless.
        List<String> userSet = environment.keySet().stream()
                .filter(name -> NAMES.stream().anyMatch(name::equalsIgnoreCase))
                .sorted()
                .toList();
        return userSet.isEmpty()
                ? Optional.empty()
                : Optional.of("environmentVariables sets " + String.join(", ", userSet));
    }

    /**
     * @param environment the configured {@code environmentVariables}, which set none of the three
     * @param directory   the directory the three variables name
     * @param applied     gets what is injected, for the log
     * @return the new {@code environmentVariables}
     */
    static Map<String, String> inject(Map<String, String> environment, String directory, List<String> applied) {
        Map<String, String> variables = new LinkedHashMap<>(environment);
        NAMES.forEach(name -> variables.put(name, directory));
        applied.add("environmentVariables " + String.join(", ", NAMES) + "=" + directory);
        return variables;
    }
}
