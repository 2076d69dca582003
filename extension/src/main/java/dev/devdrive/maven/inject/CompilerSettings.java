package dev.devdrive.maven.inject;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * The configured values of one maven-compiler-plugin execution, and what else its forked javac will see, that
 * decide what may be injected.
 *
 * @param fork                 the execution's {@code fork}
 * @param compilerArgs         the configured {@code compilerArgs}
 * @param compilerArgument     the configured single-string {@code compilerArgument}, null when not set or not a
 *                             parameter of this version
 * @param compilerArguments    the configured {@code compilerArguments} map of older versions; keys may lack the dash
 * @param inheritedEnvironment the Maven JVM's environment, which the forked javac inherits
 */
public record CompilerSettings(
        boolean fork,
        List<String> compilerArgs,
        String compilerArgument,
        Map<String, String> compilerArguments,
        Map<String, String> inheritedEnvironment) {

    public CompilerSettings {
        // An empty <arg/> is a null element, which the plugin gets back as it was.
        compilerArgs = compilerArgs == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(compilerArgs));
        compilerArguments = SurefireSettings.copy(compilerArguments);
        inheritedEnvironment = SurefireSettings.copy(inheritedEnvironment);
    }
}
