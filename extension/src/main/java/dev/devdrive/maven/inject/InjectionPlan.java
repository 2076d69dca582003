package dev.devdrive.maven.inject;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What to change in one mojo execution, and why other things stay as they are: one kind per plugin, so each
 * adapter takes only the changes its mojo has parameters for.
 */
public sealed interface InjectionPlan {

    /** What is injected, for the log. */
    List<String> applied();

    /** What is left as the user set it, and why, for the log and the report. */
    List<String> leftAlone();

    /**
     * A Surefire or Failsafe execution.
     *
     * @param argLine     the forked JVMs' new {@code argLine}, when it changes
     * @param environment the new {@code environmentVariables}, when they change
     */
    record Surefire(
            Optional<String> argLine,
            Optional<Map<String, String>> environment,
            List<String> applied,
            List<String> leftAlone)
            implements InjectionPlan {

        public Surefire {
            Objects.requireNonNull(argLine, "argLine");
            Objects.requireNonNull(environment, "environment");
            applied = List.copyOf(applied);
            leftAlone = List.copyOf(leftAlone);
        }
    }

    /**
     * A maven-compiler-plugin execution.
     *
     * @param compilerArgs the forked javac's new {@code compilerArgs}, when they change
     */
    record Compiler(Optional<List<String>> compilerArgs, List<String> applied, List<String> leftAlone)
            implements InjectionPlan {

        public Compiler {
            Objects.requireNonNull(compilerArgs, "compilerArgs");
            applied = List.copyOf(applied);
            leftAlone = List.copyOf(leftAlone);
        }

        static Compiler nothing(String why) {
            return new Compiler(Optional.empty(), List.of(), List.of(why));
        }
    }

    /**
     * A maven-invoker-plugin execution.
     *
     * @param mavenOpts   the forked builds' new {@code mavenOpts}, when they change
     * @param environment the new {@code environmentVariables}, when they change
     */
    record Invoker(
            Optional<String> mavenOpts,
            Optional<Map<String, String>> environment,
            List<String> applied,
            List<String> leftAlone)
            implements InjectionPlan {

        public Invoker {
            Objects.requireNonNull(mavenOpts, "mavenOpts");
            Objects.requireNonNull(environment, "environment");
            applied = List.copyOf(applied);
            leftAlone = List.copyOf(leftAlone);
        }
    }
}
