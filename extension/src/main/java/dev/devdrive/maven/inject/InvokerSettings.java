package dev.devdrive.maven.inject;

import java.util.Map;

/**
 * The configured values of one maven-invoker-plugin execution, and what else the Maven builds it forks will see,
 * that decide what may be injected into them.
 *
 * @param mavenOpts            the configured {@code mavenOpts}, null when not set
 * @param environment          the configured {@code environmentVariables}
 * @param inheritedEnvironment the Maven JVM's environment, which the forked builds inherit ({@code MAVEN_OPTS}
 *                             among it, used when {@code mavenOpts} is not set)
 */
public record InvokerSettings(
        String mavenOpts, Map<String, String> environment, Map<String, String> inheritedEnvironment) {

    public InvokerSettings {
        environment = SurefireSettings.copy(environment);
        inheritedEnvironment = SurefireSettings.copy(inheritedEnvironment);
    }

    /** A variable of the forked builds' environment: the configured one, else the inherited one. */
    String forkedVariable(String name) {
        return environment.containsKey(name) ? environment.get(name) : inheritedEnvironment.get(name);
    }

    String inheritedMavenOpts() {
        return inheritedEnvironment.get(InvokerPlanner.MAVEN_OPTS);
    }
}
