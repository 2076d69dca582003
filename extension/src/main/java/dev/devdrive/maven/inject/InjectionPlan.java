package dev.devdrive.maven.inject;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to change in one mojo execution, and why other things stay as they are.
 *
 * @param argLine           the forked JVM's new options, when they change: Surefire's {@code argLine}, the invoker's
 *                          {@code mavenOpts}
 * @param environment       the new {@code environmentVariables} (Surefire, invoker), when they change
 * @param compilerArgs      the new {@code compilerArgs} of a forked javac, when they change
 * @param forkDirectories   how many {@code fork-<n>} directories must exist before the mojo runs
 * @param applied           what is injected, for the log
 * @param leftAlone         what is left as the user set it, and why, for the log
 */
public record InjectionPlan(
        Optional<String> argLine,
        Optional<Map<String, String>> environment,
        Optional<List<String>> compilerArgs,
        int forkDirectories,
        List<String> applied,
        List<String> leftAlone) {

    public InjectionPlan {
        Objects.requireNonNull(argLine, "argLine");
        Objects.requireNonNull(environment, "environment");
        Objects.requireNonNull(compilerArgs, "compilerArgs");
        applied = List.copyOf(applied);
        leftAlone = List.copyOf(leftAlone);
    }

    static InjectionPlan nothing(String why) {
        return new InjectionPlan(Optional.empty(), Optional.empty(), Optional.empty(), 0, List.of(), List.of(why));
    }
}
