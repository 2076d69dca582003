package dev.devdrive.maven.inject;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
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
 * @param copiedProperties     the other system properties Surefire copies into the forks, by where they are set:
 *                             {@link #LEGACY_SYSTEM_PROPERTIES}, {@link #SYSTEM_PROPERTIES_FILE} (its content) and
 *                             {@link #USER_PROPERTIES} (Maven's user properties, {@code -D} and {@code maven.config})
 * @param environment          the configured {@code environmentVariables}
 * @param excludedEnvironment  the configured {@code excludedEnvironmentVariables}: inherited ones the forks do not get
 * @param inheritedEnvironment the Maven JVM's environment, which the forks inherit
 * @param forkCount            the effective number of forks; 0 when tests run inside the Maven JVM
 */
public record SurefireSettings(
        String argLine,
        Map<String, String> projectProperties,
        Map<String, String> systemProperties,
        Map<String, Map<String, String>> copiedProperties,
        Map<String, String> environment,
        List<String> excludedEnvironment,
        Map<String, String> inheritedEnvironment,
        int forkCount) {

    public static final String LEGACY_SYSTEM_PROPERTIES = "systemProperties";
    public static final String SYSTEM_PROPERTIES_FILE = "systemPropertiesFile";
    public static final String USER_PROPERTIES = "the user property (-D on Maven's command line)";

    public SurefireSettings {
        projectProperties = copy(projectProperties);
        systemProperties = copy(systemProperties);
        Map<String, Map<String, String>> copied = new LinkedHashMap<>();
        if (copiedProperties != null) {
            copiedProperties.forEach((place, properties) -> copied.put(place, copy(properties)));
        }
        copiedProperties = Collections.unmodifiableMap(copied);
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

    /** The properties in {@code file}, as Surefire loads {@code systemPropertiesFile}; none when it cannot be read. */
    public static Map<String, String> load(Path file) {
        Properties properties = new Properties();
        if (file != null && Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                return Map.of();
            }
        }
        return strings(properties);
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
