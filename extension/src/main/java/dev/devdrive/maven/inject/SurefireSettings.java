package dev.devdrive.maven.inject;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The configured values of one Surefire or Failsafe execution, and what else its forks will see, that decide what
 * may be injected.
 *
 * @param argLine              the configured {@code argLine}, possibly null or holding {@code @{...}} references
 * @param projectProperties    the project's properties when the mojo runs, which {@code @{...}} refers to
 * @param systemProperties     the configured {@code systemPropertyVariables}
 * @param environment          the configured {@code environmentVariables}
 * @param excludedEnvironment  the configured {@code excludedEnvironmentVariables}: inherited ones the forks do not get
 * @param inheritedEnvironment the Maven JVM's environment, which the forks inherit
 * @param forkCount            the effective number of forks; 0 when tests run inside the Maven JVM
 */
public record SurefireSettings(
        String argLine,
        Map<String, String> projectProperties,
        Map<String, String> systemProperties,
        Map<String, String> environment,
        List<String> excludedEnvironment,
        Map<String, String> inheritedEnvironment,
        int forkCount) {

    public SurefireSettings {
        projectProperties = copy(projectProperties);
        systemProperties = copy(systemProperties);
        environment = copy(environment);
        excludedEnvironment = excludedEnvironment == null ? List.of() : List.copyOf(excludedEnvironment);
        inheritedEnvironment = copy(inheritedEnvironment);
    }

    /** The argLine the forks get, {@code @{...}} replaced as Surefire replaces it. */
    public String forkedArgLine() {
        return LateReplacement.resolve(argLine, projectProperties);
    }

    /** A variable of the forks' environment: the configured one, else the inherited one unless excluded. */
    String forkedVariable(String name) {
        if (environment.containsKey(name)) {
            return environment.get(name);
        }
        return excludedEnvironment.contains(name) ? null : inheritedEnvironment.get(name);
    }

    /** The string properties, as Surefire reads them from the model. */
    public static Map<String, String> strings(Properties properties) {
        Map<String, String> strings = new LinkedHashMap<>();
        if (properties != null) {
            properties.stringPropertyNames().forEach(name -> strings.put(name, properties.getProperty(name, "")));
        }
        return strings;
    }

    static Map<String, String> copy(Map<String, String> map) {
        return map == null ? Map.of() : Map.copyOf(withoutNulls(map));
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
