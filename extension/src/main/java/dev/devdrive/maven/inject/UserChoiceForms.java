package dev.devdrive.maven.inject;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Every form in which a user chooses where a forked JVM's temp files go, one row each: the one list both the build
 * (the planners, just before each mojo runs) and {@code devdrive:report} ({@link UserChoices}) go by. Each row reads
 * a form as the forked JVM will see it: {@code ${...}} evaluated by Maven, {@code @{...}} replaced as Surefire
 * replaces it, environment variables as the fork inherits them. Where a row finds its form set, the extension leaves
 * that target alone and says so at DEBUG and in the report, with the row's words.
 */
public final class UserChoiceForms {

    /** What a form decides for the fork. */
    public enum Target {
        /** The JVM's {@code java.io.tmpdir}. */
        JAVA_IO_TMPDIR,
        /** {@code TMP}, {@code TEMP} and {@code TMPDIR}, for the processes the fork starts. */
        TEMP_VARIABLES
    }

    /**
     * @param plugins the plugins whose executions have this form
     * @param target  what the form sets
     * @param form    where the user sets it, as the documentation names it
     * @param finds   what the form holds in an execution's settings, in the words of the log and the report; empty
     *                where the form is not set
     */
    public record Form<S>(
            List<ForkingPlugin> plugins, Target target, String form, Function<S, Optional<String>> finds) {}

    static final String JAVA_TOOL_OPTIONS = "JAVA_TOOL_OPTIONS";
    static final String JDK_JAVA_OPTIONS = "JDK_JAVA_OPTIONS";

    /** HotSpot reads it after the command line, so an option in it wins over the one the extension gives. */
    private static final String UNDERSCORE_JAVA_OPTIONS = "_JAVA_OPTIONS";

    /** What every JVM reads, javac's too. */
    private static final List<String> JVM_VARIABLES = List.of(JAVA_TOOL_OPTIONS, UNDERSCORE_JAVA_OPTIONS);

    /**
     * Every JVM reads JAVA_TOOL_OPTIONS (before its command line) and _JAVA_OPTIONS (after it); only the
     * {@code java} launcher, which Surefire and mvn run, JDK_JAVA_OPTIONS.
     */
    private static final List<String> JAVA_LAUNCHER_VARIABLES =
            List.of(JAVA_TOOL_OPTIONS, JDK_JAVA_OPTIONS, UNDERSCORE_JAVA_OPTIONS);

    private static final List<ForkingPlugin> SUREFIRE_AND_FAILSAFE =
            List.of(ForkingPlugin.SUREFIRE, ForkingPlugin.FAILSAFE);

    private static final String SETS = " sets java.io.tmpdir";

    static final List<Form<SurefireSettings>> SUREFIRE = List.of(
            new Form<>(
                    SUREFIRE_AND_FAILSAFE,
                    Target.JAVA_IO_TMPDIR,
                    "`-Djava.io.tmpdir` in `argLine`, also through `${…}` and `@{…}` (as Surefire replaces it when"
                            + " the mojo runs, after JaCoCo's `prepare-agent`)",
                    s -> when(ArgLines.setsTmpdir(s.forkedArgLine()), "argLine already" + SETS)),
            new Form<>(
                    SUREFIRE_AND_FAILSAFE,
                    Target.JAVA_IO_TMPDIR,
                    "a JVM options file in `argLine` (`@file`, `-XX:VMOptionsFile=`), whose options the extension"
                            + " does not read",
                    s -> when(
                            ArgLines.namesOptionsFile(s.forkedArgLine()),
                            "argLine names a JVM options file, which may set java.io.tmpdir")),
            new Form<>(
                    SUREFIRE_AND_FAILSAFE,
                    Target.JAVA_IO_TMPDIR,
                    "`java.io.tmpdir` in `systemPropertyVariables`",
                    s -> when(
                            s.systemProperties().containsKey(ArgLines.TMPDIR_PROPERTY),
                            "systemPropertyVariables" + SETS)),
            new Form<>(
                    SUREFIRE_AND_FAILSAFE,
                    Target.JAVA_IO_TMPDIR,
                    "`java.io.tmpdir` in the deprecated `systemProperties`, in the file `systemPropertiesFile` names,"
                            + " or as a user property of Maven's (`-Djava.io.tmpdir` on its command line, in"
                            + " `MAVEN_ARGS` or `.mvn/maven.config`): Surefire copies all three into the forks",
                    s -> first(s.copiedProperties().entrySet().stream()
                            .filter(place -> place.getValue().containsKey(ArgLines.TMPDIR_PROPERTY))
                            .map(place -> place.getKey() + SETS))),
            new Form<>(
                    SUREFIRE_AND_FAILSAFE,
                    Target.JAVA_IO_TMPDIR,
                    "`-Djava.io.tmpdir` in `JAVA_TOOL_OPTIONS`, `JDK_JAVA_OPTIONS` or `_JAVA_OPTIONS` of"
                            + " `environmentVariables`",
                    s -> first(JAVA_LAUNCHER_VARIABLES.stream()
                            .filter(name -> ArgLines.setsTmpdir(s.environment().get(name)))
                            .map(name -> "environmentVariables " + name + SETS))),
            new Form<>(
                    SUREFIRE_AND_FAILSAFE,
                    Target.JAVA_IO_TMPDIR,
                    "`-Djava.io.tmpdir` in `JAVA_TOOL_OPTIONS`, `JDK_JAVA_OPTIONS` or `_JAVA_OPTIONS` of the"
                            + " environment Maven runs in, which the forks inherit (unless `environmentVariables` or"
                            + " `excludedEnvironmentVariables` take it away)",
                    s -> first(JAVA_LAUNCHER_VARIABLES.stream()
                            .filter(name -> !s.environment().containsKey(name))
                            .filter(name -> ArgLines.setsTmpdir(s.forkedVariable(name)))
                            .map(UserChoiceForms::inherited))),
            new Form<>(
                    SUREFIRE_AND_FAILSAFE,
                    Target.TEMP_VARIABLES,
                    "`TMP`, `TEMP` or `TMPDIR` in `environmentVariables`",
                    s -> TempVariables.setByUser(s.environment())),
            new Form<>(
                    SUREFIRE_AND_FAILSAFE,
                    Target.TEMP_VARIABLES,
                    "`TMP`, `TEMP` or `TMPDIR` in `excludedEnvironmentVariables` (the forks are not to have it)",
                    s -> TempVariables.excludedByUser(s.excludedEnvironment())));

    static final List<Form<CompilerSettings>> COMPILER = List.of(
            new Form<>(
                    List.of(ForkingPlugin.COMPILER),
                    Target.JAVA_IO_TMPDIR,
                    "`-J-Djava.io.tmpdir` (or `-Djava.io.tmpdir`) in `compilerArgs`",
                    c -> when(
                            c.compilerArgs().stream().anyMatch(ArgLines::setsTmpdir),
                            "compilerArgs already sets -J-Djava.io.tmpdir")),
            new Form<>(
                    List.of(ForkingPlugin.COMPILER),
                    Target.JAVA_IO_TMPDIR,
                    "`-J-Djava.io.tmpdir` (or `-Djava.io.tmpdir`) in the single-string `compilerArgument`",
                    c -> when(ArgLines.setsTmpdir(c.compilerArgument()), "compilerArgument sets -J-Djava.io.tmpdir")),
            new Form<>(
                    List.of(ForkingPlugin.COMPILER),
                    Target.JAVA_IO_TMPDIR,
                    "an entry `<J-Djava.io.tmpdir>` (or `<Djava.io.tmpdir>`) of the old `compilerArguments` map",
                    c -> when(
                            c.compilerArguments().entrySet().stream()
                                    .anyMatch(e -> ArgLines.setsTmpdir(
                                            (e.getKey().startsWith("-") ? "" : "-") + e.getKey() + "=" + e.getValue())),
                            "compilerArguments sets -J-Djava.io.tmpdir")),
            new Form<>(
                    List.of(ForkingPlugin.COMPILER),
                    Target.JAVA_IO_TMPDIR,
                    "`-Djava.io.tmpdir` in `JAVA_TOOL_OPTIONS` or `_JAVA_OPTIONS` of the environment Maven runs in,"
                            + " which javac's JVM inherits",
                    c -> first(JVM_VARIABLES.stream()
                            .filter(name ->
                                    ArgLines.setsTmpdir(c.inheritedEnvironment().get(name)))
                            .map(UserChoiceForms::inherited))));

    static final List<Form<InvokerSettings>> INVOKER = List.of(
            new Form<>(
                    List.of(ForkingPlugin.INVOKER),
                    Target.JAVA_IO_TMPDIR,
                    "`MAVEN_OPTS` in `environmentVariables`, whatever it holds",
                    i -> when(
                            i.environment().containsKey(InvokerPlanner.MAVEN_OPTS),
                            "environmentVariables sets " + InvokerPlanner.MAVEN_OPTS)),
            new Form<>(
                    List.of(ForkingPlugin.INVOKER),
                    Target.JAVA_IO_TMPDIR,
                    "`-Djava.io.tmpdir` in `mavenOpts`",
                    i -> when(i.mavenOpts() != null && ArgLines.setsTmpdir(i.mavenOpts()), "mavenOpts already" + SETS)),
            new Form<>(
                    List.of(ForkingPlugin.INVOKER),
                    Target.JAVA_IO_TMPDIR,
                    "`-Djava.io.tmpdir` in the `MAVEN_OPTS` Maven runs with, which the forked builds inherit when"
                            + " `mavenOpts` is not set",
                    i -> when(
                            i.mavenOpts() == null && ArgLines.setsTmpdir(i.inheritedMavenOpts()),
                            InvokerPlanner.MAVEN_OPTS + " already" + SETS)),
            new Form<>(
                    List.of(ForkingPlugin.INVOKER),
                    Target.JAVA_IO_TMPDIR,
                    "`-Djava.io.tmpdir` in `JAVA_TOOL_OPTIONS`, `JDK_JAVA_OPTIONS` or `_JAVA_OPTIONS`, of"
                            + " `environmentVariables` or inherited",
                    i -> first(JAVA_LAUNCHER_VARIABLES.stream()
                            .filter(name -> ArgLines.setsTmpdir(i.forkedVariable(name)))
                            .map(name -> i.environment().containsKey(name)
                                    ? "environmentVariables " + name + SETS
                                    : inherited(name)))),
            new Form<>(
                    List.of(ForkingPlugin.INVOKER),
                    Target.TEMP_VARIABLES,
                    "`TMP`, `TEMP` or `TMPDIR` in `environmentVariables`",
                    i -> TempVariables.setByUser(i.environment())));

    private UserChoiceForms() {}

    /** Every row, for the documentation and its test. */
    public static List<Form<?>> all() {
        return Stream.of(SUREFIRE, COMPILER, INVOKER)
                .<Form<?>>flatMap(List::stream)
                .toList();
    }

    /** What the rows for one target find set in an execution's settings, in the table's order. */
    static <S> List<String> found(List<Form<S>> forms, Target target, S settings) {
        return forms.stream()
                .filter(form -> form.target() == target)
                .flatMap(form -> form.finds().apply(settings).stream())
                .toList();
    }

    private static String inherited(String variable) {
        return variable + " of Maven's environment" + SETS;
    }

    private static Optional<String> when(boolean set, String words) {
        return set ? Optional.of(words) : Optional.empty();
    }

    private static Optional<String> first(Stream<String> found) {
        return found.findFirst();
    }
}
