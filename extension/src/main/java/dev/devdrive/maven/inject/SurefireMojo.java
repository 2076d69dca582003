package dev.devdrive.maven.inject;

import java.io.File;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The configured {@code AbstractSurefireMojo} of maven-surefire-plugin or maven-failsafe-plugin, through the
 * public accessors both have had since 2.x. Every accessor is looked up before anything is read or written, so a
 * version without one is left wholly untouched.
 */
public final class SurefireMojo {

    private final Object mojo;
    private final Method getArgLine;
    private final Method getSystemPropertyVariables;
    private final Optional<Method> getSystemProperties;
    private final Optional<Method> getSystemPropertiesFile;
    private final Method getEnvironmentVariables;
    private final Method getEffectiveForkCount;
    private final Optional<Method> getExcludedEnvironmentVariables;
    private final Method setArgLine;
    private final Method setEnvironmentVariables;

    public SurefireMojo(Object mojo) throws ReflectiveOperationException {
        this.mojo = MojoFields.pluginMojo(mojo);
        getArgLine = MojoFields.method(this.mojo, "getArgLine");
        getSystemPropertyVariables = MojoFields.method(this.mojo, "getSystemPropertyVariables");
        getSystemProperties = MojoFields.optionalMethod(this.mojo, "getSystemProperties");
        getSystemPropertiesFile = MojoFields.optionalMethod(this.mojo, "getSystemPropertiesFile");
        getEnvironmentVariables = MojoFields.method(this.mojo, "getEnvironmentVariables");
        // Surefire's own reading of forkCount, which turns 1.5C into a number for this machine.
        getEffectiveForkCount = MojoFields.method(this.mojo, "getEffectiveForkCount");
        // Since 3.0.0-M4; before it a fork inherited every variable.
        getExcludedEnvironmentVariables = MojoFields.optionalMethod(this.mojo, "getExcludedEnvironmentVariables");
        // Not read: Surefire replaces ${surefire.forkNumber} in argLine since 2.14, the release that brought
        // reuseForks. An older one (2.12.4, Maven 3.8's default) would pass the placeholder on literally.
        MojoFields.method(this.mojo, "isReuseForks");
        setArgLine = MojoFields.method(this.mojo, "setArgLine", String.class);
        setEnvironmentVariables = MojoFields.method(this.mojo, "setEnvironmentVariables", Map.class);
    }

    /**
     * @param projectProperties    the project's properties now, which {@code @{...}} in argLine refers to
     * @param userProperties       Maven's user properties, which Surefire copies into the forks
     * @param inheritedEnvironment the Maven JVM's environment, which the forks inherit
     */
    @SuppressWarnings("unchecked")
    public SurefireSettings settings(
            Properties projectProperties, Properties userProperties, Map<String, String> inheritedEnvironment)
            throws ReflectiveOperationException {
        Map<String, Map<String, String>> copied = new LinkedHashMap<>();
        if (getSystemProperties.isPresent()) {
            copied.put(SurefireSettings.LEGACY_SYSTEM_PROPERTIES, SurefireSettings.strings((Properties)
                    getSystemProperties.get().invoke(mojo)));
        }
        if (getSystemPropertiesFile.isPresent()) {
            File file = (File) getSystemPropertiesFile.get().invoke(mojo);
            copied.put(
                    SurefireSettings.SYSTEM_PROPERTIES_FILE,
                    SurefireSettings.load(file == null ? null : file.toPath()));
        }
        copied.put(SurefireSettings.USER_PROPERTIES, SurefireSettings.strings(userProperties));
        String[] excluded = getExcludedEnvironmentVariables.isPresent()
                ? (String[]) getExcludedEnvironmentVariables.get().invoke(mojo)
                : null;
        return new SurefireSettings(
                (String) getArgLine.invoke(mojo),
                SurefireSettings.strings(projectProperties),
                (Map<String, String>) getSystemPropertyVariables.invoke(mojo),
                copied,
                (Map<String, String>) getEnvironmentVariables.invoke(mojo),
                excluded == null ? List.of() : Arrays.asList(excluded),
                inheritedEnvironment,
                (Integer) getEffectiveForkCount.invoke(mojo));
    }

    public void apply(InjectionPlan.Surefire plan) throws ReflectiveOperationException {
        if (plan.argLine().isPresent()) {
            setArgLine.invoke(mojo, plan.argLine().get());
        }
        if (plan.environment().isPresent()) {
            setEnvironmentVariables.invoke(mojo, plan.environment().get());
        }
    }
}
