package dev.devdrive.maven.inject;

import java.util.Map;

/**
 * The configured values of one maven-invoker-plugin execution that decide what may be injected into the Maven
 * builds it forks.
 *
 * @param mavenOpts          the configured {@code mavenOpts}, null when not set
 * @param environment        the configured {@code environmentVariables}
 * @param inheritedMavenOpts {@code MAVEN_OPTS} of the Maven JVM's environment, which a forked build inherits when
 *                           {@code mavenOpts} is not set; null when there is none
 */
public record InvokerSettings(String mavenOpts, Map<String, String> environment, String inheritedMavenOpts) {

    public InvokerSettings {
        environment = environment == null ? Map.of() : Map.copyOf(SurefireSettings.withoutNulls(environment));
    }
}
