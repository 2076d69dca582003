package dev.devdrive.maven.inject;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The configured values of one Surefire or Failsafe execution that decide what may be injected.
 *
 * @param argLine            the configured {@code argLine}, possibly null or holding {@code @{...}} references
 * @param systemProperties   the configured {@code systemPropertyVariables}
 * @param environment        the configured {@code environmentVariables}
 * @param forkCount          the effective number of forks; 0 when tests run inside the Maven JVM
 */
public record SurefireSettings(
        String argLine, Map<String, String> systemProperties, Map<String, String> environment, int forkCount) {

    public SurefireSettings {
        systemProperties = systemProperties == null ? Map.of() : Map.copyOf(withoutNulls(systemProperties));
        environment = environment == null ? Map.of() : Map.copyOf(withoutNulls(environment));
    }

    /** Maven leaves an empty XML element as a null value, which {@code Map.copyOf} refuses. */
    static Map<String, String> withoutNulls(Map<String, String> map) {
        Map<String, String> copy = new LinkedHashMap<>();
        map.forEach((key, value) -> {
            if (key != null) {
                copy.put(key, value == null ? "" : value);
            }
        });
        return copy;
    }
}
