package dev.devdrive.maven.inject;

import static dev.devdrive.maven.inject.Poms.configuration;
import static dev.devdrive.maven.inject.Poms.plugin;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecution;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One case per row of the table and plugin: the settings as the build's listener reads them from the configured
 * mojo, and the same settings as the report reads them from the planned execution's configuration. Both must find
 * the row's form, and only it, in the same words.
 */
class UserChoiceFormsTest {

    private static final Map<String, String> NONE = Map.of();

    /** A systemPropertiesFile that sets java.io.tmpdir, as a user's module would have it. */
    private static final Path PROPERTIES_FILE = propertiesFile();

    private static Path propertiesFile() {
        try {
            Path file = Files.createTempFile("system", ".properties");
            file.toFile().deleteOnExit();
            return Files.writeString(file, "java.io.tmpdir=/f\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param row      the row's index in {@link UserChoiceForms#all()}
     * @param plugin   the plugin the execution is of
     * @param settings what the build reads from the configured mojo
     * @param pom      the same as the execution's configuration, for the report
     * @param project  the project's properties, for {@code @{...}}
     * @param env      the Maven JVM's environment
     * @param words    what the build logs and the report lists
     * @param user     Maven's user properties
     */
    record Case(
            int row,
            ForkingPlugin plugin,
            Object settings,
            String pom,
            Map<String, String> project,
            Map<String, String> env,
            String words,
            Map<String, String> user) {

        Case(
                int row,
                ForkingPlugin plugin,
                Object settings,
                String pom,
                Map<String, String> project,
                Map<String, String> env,
                String words) {
            this(row, plugin, settings, pom, project, env, words, NONE);
        }

        @Override
        public String toString() {
            return plugin + " row " + row + ": " + words;
        }
    }

    private static SurefireSettings surefire(
            String argLine,
            Map<String, String> project,
            Map<String, String> sysProps,
            Map<String, String> envVars,
            List<String> excluded,
            Map<String, String> inherited) {
        return new SurefireSettings(argLine, project, sysProps, NONE_COPIED, envVars, excluded, inherited, 1);
    }

    private static final Map<String, Map<String, String>> NONE_COPIED = Map.of();

    private static SurefireSettings copied(String place, Map<String, String> properties) {
        return new SurefireSettings(null, NONE, NONE, Map.of(place, properties), NONE, List.of(), NONE, 1);
    }

    private static CompilerSettings compiler(
            List<String> args, String argument, Map<String, String> arguments, Map<String, String> inherited) {
        return new CompilerSettings(true, args, argument, arguments, inherited);
    }

    static Stream<Case> cases() {
        Map<String, String> tool = Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=/t");
        Map<String, String> jdk = Map.of("JDK_JAVA_OPTIONS", "-Xmx1g -Djava.io.tmpdir=/t");
        Map<String, String> late = Map.of("argLine", "-javaagent:jacoco.jar -Djava.io.tmpdir=/late");
        Stream<Case> surefire = Stream.of(ForkingPlugin.SUREFIRE, ForkingPlugin.FAILSAFE)
                .flatMap(p -> Stream.of(
                        new Case(
                                0,
                                p,
                                surefire("-Djava.io.tmpdir=/a", NONE, NONE, NONE, List.of(), NONE),
                                "<argLine>-Djava.io.tmpdir=/a</argLine>",
                                NONE,
                                NONE,
                                "argLine already sets java.io.tmpdir"),
                        new Case(
                                1,
                                p,
                                surefire("@jvm.args -ea", NONE, NONE, NONE, List.of(), NONE),
                                "<argLine>@jvm.args -ea</argLine>",
                                NONE,
                                NONE,
                                "argLine names a JVM options file, which may set java.io.tmpdir"),
                        new Case(
                                0,
                                p,
                                surefire("@{argLine} -Dm=1", late, NONE, NONE, List.of(), NONE),
                                "<argLine>@{argLine} -Dm=1</argLine>",
                                late,
                                NONE,
                                "argLine already sets java.io.tmpdir"),
                        new Case(
                                2,
                                p,
                                surefire(null, NONE, Map.of("java.io.tmpdir", "/s"), NONE, List.of(), NONE),
                                "<systemPropertyVariables><java.io.tmpdir>/s</java.io.tmpdir></systemPropertyVariables>",
                                NONE,
                                NONE,
                                "systemPropertyVariables sets java.io.tmpdir"),
                        new Case(
                                3,
                                p,
                                copied(SurefireSettings.LEGACY_SYSTEM_PROPERTIES, Map.of("java.io.tmpdir", "/l")),
                                "<systemProperties><property><name>java.io.tmpdir</name><value>/l</value></property>"
                                        + "</systemProperties>",
                                NONE,
                                NONE,
                                "systemProperties sets java.io.tmpdir"),
                        new Case(
                                3,
                                p,
                                copied(SurefireSettings.SYSTEM_PROPERTIES_FILE, Map.of("java.io.tmpdir", "/f")),
                                "<systemPropertiesFile>" + PROPERTIES_FILE + "</systemPropertiesFile>",
                                NONE,
                                NONE,
                                "systemPropertiesFile sets java.io.tmpdir"),
                        new Case(
                                3,
                                p,
                                copied(SurefireSettings.USER_PROPERTIES, Map.of("java.io.tmpdir", "/u")),
                                "",
                                NONE,
                                NONE,
                                "the user property (-D on Maven's command line) sets java.io.tmpdir",
                                Map.of("java.io.tmpdir", "/u")),
                        new Case(
                                5,
                                p,
                                surefire(
                                        null,
                                        NONE,
                                        NONE,
                                        NONE,
                                        List.of(),
                                        Map.of("_JAVA_OPTIONS", "-Djava.io.tmpdir=/o")),
                                "",
                                NONE,
                                Map.of("_JAVA_OPTIONS", "-Djava.io.tmpdir=/o"),
                                "_JAVA_OPTIONS of Maven's environment sets java.io.tmpdir"),
                        new Case(
                                4,
                                p,
                                surefire(null, NONE, NONE, jdk, List.of(), NONE),
                                "<environmentVariables><JDK_JAVA_OPTIONS>-Xmx1g -Djava.io.tmpdir=/t</JDK_JAVA_OPTIONS>"
                                        + "</environmentVariables>",
                                NONE,
                                NONE,
                                "environmentVariables JDK_JAVA_OPTIONS sets java.io.tmpdir"),
                        new Case(
                                5,
                                p,
                                surefire(null, NONE, NONE, NONE, List.of(), tool),
                                "",
                                NONE,
                                tool,
                                "JAVA_TOOL_OPTIONS of Maven's environment sets java.io.tmpdir"),
                        new Case(
                                5,
                                p,
                                surefire(null, NONE, NONE, NONE, List.of(), jdk),
                                "",
                                NONE,
                                jdk,
                                "JDK_JAVA_OPTIONS of Maven's environment sets java.io.tmpdir"),
                        new Case(
                                6,
                                p,
                                surefire(null, NONE, NONE, Map.of("TMP", "/x"), List.of(), NONE),
                                "<environmentVariables><TMP>/x</TMP></environmentVariables>",
                                NONE,
                                NONE,
                                "environmentVariables sets TMP"),
                        new Case(
                                7,
                                p,
                                surefire(null, NONE, NONE, NONE, List.of("TMPDIR"), NONE),
                                "<excludedEnvironmentVariables><v>TMPDIR</v></excludedEnvironmentVariables>",
                                NONE,
                                NONE,
                                "excludedEnvironmentVariables excludes TMPDIR")));
        String fork = "<fork>true</fork>";
        Stream<Case> javac = Stream.of(
                new Case(
                        8,
                        ForkingPlugin.COMPILER,
                        compiler(List.of("-J-Djava.io.tmpdir=/j"), null, NONE, NONE),
                        fork + "<compilerArgs><arg>-J-Djava.io.tmpdir=/j</arg></compilerArgs>",
                        NONE,
                        NONE,
                        "compilerArgs already sets -J-Djava.io.tmpdir"),
                new Case(
                        9,
                        ForkingPlugin.COMPILER,
                        compiler(List.of(), "-Xlint -J-Djava.io.tmpdir=/j", NONE, NONE),
                        fork + "<compilerArgument>-Xlint -J-Djava.io.tmpdir=/j</compilerArgument>",
                        NONE,
                        NONE,
                        "compilerArgument sets -J-Djava.io.tmpdir"),
                new Case(
                        9,
                        ForkingPlugin.COMPILER,
                        compiler(List.of(), "-Djava.io.tmpdir=/j", NONE, NONE),
                        fork + "<compilerArgument>-Djava.io.tmpdir=/j</compilerArgument>",
                        NONE,
                        NONE,
                        "compilerArgument sets -J-Djava.io.tmpdir"),
                new Case(
                        10,
                        ForkingPlugin.COMPILER,
                        compiler(List.of(), null, Map.of("J-Djava.io.tmpdir", "/j"), NONE),
                        fork + "<compilerArguments><J-Djava.io.tmpdir>/j</J-Djava.io.tmpdir></compilerArguments>",
                        NONE,
                        NONE,
                        "compilerArguments sets -J-Djava.io.tmpdir"),
                new Case(
                        10,
                        ForkingPlugin.COMPILER,
                        compiler(List.of(), null, Map.of("Djava.io.tmpdir", "/j"), NONE),
                        fork + "<compilerArguments><Djava.io.tmpdir>/j</Djava.io.tmpdir></compilerArguments>",
                        NONE,
                        NONE,
                        "compilerArguments sets -J-Djava.io.tmpdir"),
                new Case(
                        11,
                        ForkingPlugin.COMPILER,
                        compiler(List.of(), null, NONE, tool),
                        fork,
                        NONE,
                        tool,
                        "JAVA_TOOL_OPTIONS of Maven's environment sets java.io.tmpdir"),
                new Case(
                        11,
                        ForkingPlugin.COMPILER,
                        compiler(List.of(), null, NONE, Map.of("_JAVA_OPTIONS", "-Djava.io.tmpdir=/o")),
                        fork,
                        NONE,
                        Map.of("_JAVA_OPTIONS", "-Djava.io.tmpdir=/o"),
                        "_JAVA_OPTIONS of Maven's environment sets java.io.tmpdir"));
        ForkingPlugin invoker = ForkingPlugin.INVOKER;
        Stream<Case> invokers = Stream.of(
                new Case(
                        12,
                        invoker,
                        new InvokerSettings(null, Map.of("MAVEN_OPTS", "-Xmx1g"), NONE),
                        "<environmentVariables><MAVEN_OPTS>-Xmx1g</MAVEN_OPTS></environmentVariables>",
                        NONE,
                        NONE,
                        "environmentVariables sets MAVEN_OPTS"),
                new Case(
                        13,
                        invoker,
                        new InvokerSettings("-Djava.io.tmpdir=/i", NONE, NONE),
                        "<mavenOpts>-Djava.io.tmpdir=/i</mavenOpts>",
                        NONE,
                        NONE,
                        "mavenOpts already sets java.io.tmpdir"),
                new Case(
                        14,
                        invoker,
                        new InvokerSettings(null, NONE, Map.of("MAVEN_OPTS", "-Djava.io.tmpdir=/i")),
                        "",
                        NONE,
                        Map.of("MAVEN_OPTS", "-Djava.io.tmpdir=/i"),
                        "MAVEN_OPTS already sets java.io.tmpdir"),
                new Case(
                        15,
                        invoker,
                        new InvokerSettings(null, NONE, jdk),
                        "",
                        NONE,
                        jdk,
                        "JDK_JAVA_OPTIONS of Maven's environment sets java.io.tmpdir"),
                new Case(
                        15,
                        invoker,
                        new InvokerSettings(null, tool, NONE),
                        "<environmentVariables><JAVA_TOOL_OPTIONS>-Djava.io.tmpdir=/t</JAVA_TOOL_OPTIONS>"
                                + "</environmentVariables>",
                        NONE,
                        NONE,
                        "environmentVariables JAVA_TOOL_OPTIONS sets java.io.tmpdir"),
                new Case(
                        16,
                        invoker,
                        new InvokerSettings(null, Map.of("TEMP", "/x"), NONE),
                        "<environmentVariables><TEMP>/x</TEMP></environmentVariables>",
                        NONE,
                        NONE,
                        "environmentVariables sets TEMP"));
        return Stream.of(surefire, javac, invokers).flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theBuildAndTheReportFindTheRowsFormAndOnlyIt(Case c) {
        assertThat(build(c)).containsExactly(c.words());
        assertThat(report(c)).containsExactly(c.words());
        UserChoiceForms.Form<?> row = UserChoiceForms.all().get(c.row());
        assertThat(row.plugins()).contains(c.plugin());
    }

    @Test
    void everyRowHasItsCaseForEachOfItsPlugins() {
        Set<String> covered = new HashSet<>();
        cases().forEach(c -> covered.add(c.row() + " " + c.plugin()));
        List<UserChoiceForms.Form<?>> all = UserChoiceForms.all();
        for (int row = 0; row < all.size(); row++) {
            for (ForkingPlugin plugin : all.get(row).plugins()) {
                assertThat(covered).as(all.get(row).form()).contains(row + " " + plugin);
            }
        }
    }

    @Test
    void theTouchesPageListsEveryRow() throws IOException {
        String page = Files.readString(Path.of("..", "src", "site", "markdown", "touches.md"));
        UserChoiceForms.all().forEach(row -> assertThat(page).contains("| " + row.form() + " |"));
    }

    @Test
    void settingsWithNoFormSetAreNoChoice() {
        assertThat(SurefirePlanner.plan(surefire("@{argLine} -ea", NONE, NONE, NONE, List.of(), NONE), "/m", "/")
                        .leftAlone())
                .isEmpty();
        // A variable the execution takes away from its forks is no choice of theirs.
        assertThat(SurefirePlanner.plan(
                                surefire(
                                        null,
                                        NONE,
                                        NONE,
                                        NONE,
                                        List.of("JAVA_TOOL_OPTIONS"),
                                        Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=/t")),
                                "/m",
                                "/")
                        .leftAlone())
                .isEmpty();
        // Configured JAVA_TOOL_OPTIONS without the option replace the inherited ones that have it.
        assertThat(SurefirePlanner.plan(
                                surefire(
                                        null,
                                        NONE,
                                        NONE,
                                        Map.of("JAVA_TOOL_OPTIONS", "-Xmx1g"),
                                        List.of(),
                                        Map.of("JAVA_TOOL_OPTIONS", "-Djava.io.tmpdir=/t")),
                                "/m",
                                "/")
                        .leftAlone())
                .isEmpty();
        // javac is no java launcher: it does not read JDK_JAVA_OPTIONS.
        assertThat(CompilerPlanner.plan(
                                compiler(
                                        List.of(),
                                        "-Xlint",
                                        Map.of("Xmaxerrs", "10"),
                                        Map.of("JDK_JAVA_OPTIONS", "-Djava.io.tmpdir=/t")),
                                "/j",
                                "/")
                        .leftAlone())
                .isEmpty();
        // Configured mavenOpts replace the inherited MAVEN_OPTS.
        assertThat(InvokerPlanner.plan(
                                new InvokerSettings("-Xmx1g", NONE, Map.of("MAVEN_OPTS", "-Djava.io.tmpdir=/i")),
                                "/i",
                                "/")
                        .leftAlone())
                .isEmpty();
    }

    private static List<String> build(Case c) {
        return switch (c.plugin()) {
            case SUREFIRE, FAILSAFE ->
                SurefirePlanner.plan((SurefireSettings) c.settings(), "/m", File.separator)
                        .leftAlone();
            case COMPILER ->
                CompilerPlanner.plan((CompilerSettings) c.settings(), "/j", File.separator)
                        .leftAlone();
            case INVOKER ->
                InvokerPlanner.plan((InvokerSettings) c.settings(), "/i", File.separator)
                        .leftAlone();
        };
    }

    private static List<String> report(Case c) {
        String goal = switch (c.plugin()) {
            case SUREFIRE -> "test";
            case FAILSAFE -> "integration-test";
            case COMPILER -> "compile";
            case INVOKER -> "run";
        };
        MojoExecution execution = new MojoExecution(plugin(artifactId(c.plugin())), goal, "e");
        execution.setConfiguration(configuration(c.pom()));
        Properties project = new Properties();
        project.putAll(c.project());
        Properties user = new Properties();
        user.putAll(c.user());
        return UserChoices.of("m", execution, value -> value, project, user, c.env())
                .map(UserChoices.Choice::leftAlone)
                .orElse(List.of());
    }

    private static String artifactId(ForkingPlugin plugin) {
        return switch (plugin) {
            case SUREFIRE -> "maven-surefire-plugin";
            case FAILSAFE -> "maven-failsafe-plugin";
            case COMPILER -> "maven-compiler-plugin";
            case INVOKER -> "maven-invoker-plugin";
        };
    }
}
