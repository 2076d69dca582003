package dev.devdrive.maven.inject;

import static dev.devdrive.maven.inject.Poms.configuration;
import static dev.devdrive.maven.inject.Poms.plugin;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecution;
import org.junit.jupiter.api.Test;

/**
 * Executions as Maven's plan hands them over: the POM's configuration completed from the mojo's descriptor
 * (Surefire's {@code <argLine>${argLine}</argLine>}, {@code <forkCount default-value="1">${forkCount}</forkCount>},
 * the compiler's {@code <fork default-value="false">${maven.compiler.fork}</fork>}), evaluated with the properties
 * of the build.
 */
class UserChoicesTest {

    private static final String SUREFIRE_DEFAULTS = "<argLine>${argLine}</argLine>"
            + "<forkCount default-value=\"1\">${forkCount}</forkCount>"
            + "<reuseForks default-value=\"true\">${reuseForks}</reuseForks>";
    private static final String COMPILER_DEFAULTS = "<fork default-value=\"false\">${maven.compiler.fork}</fork>";

    private static MojoExecution execution(String artifactId, String goal, String id, String configuration) {
        MojoExecution execution = new MojoExecution(plugin(artifactId), goal, id);
        execution.setConfiguration(configuration(configuration));
        return execution;
    }

    /** Maven's evaluation in small: {@code ${name}} from the properties, null when the whole value is unset. */
    private static Function<String, Object> properties(Map<String, String> properties) {
        Pattern expression = Pattern.compile("\\$\\{([^}]+)}");
        return value -> {
            if (value == null) {
                return null;
            }
            Matcher whole = expression.matcher(value);
            if (whole.matches()) {
                return properties.get(whole.group(1));
            }
            return expression.matcher(value).replaceAll(m -> properties.getOrDefault(m.group(1), m.group()));
        };
    }

    private static Optional<UserChoices.Choice> choice(MojoExecution execution, Map<String, String> properties) {
        return UserChoices.of("core", execution, properties(properties), new Properties(), new Properties(), Map.of());
    }

    @Test
    void namesEveryExplicitTempSettingWithItsModuleAndExecution() {
        assertThat(choice(
                        execution(
                                "maven-surefire-plugin",
                                "test",
                                "default-test",
                                "<argLine>-Xmx1g -Djava.io.tmpdir=/mine</argLine>"
                                        + "<environmentVariables><TMP>/mine</TMP></environmentVariables>"),
                        Map.of()))
                .contains(new UserChoices.Choice(
                        "core",
                        "surefire (default-test)",
                        List.of("argLine already sets java.io.tmpdir", "environmentVariables sets TMP")));
        assertThat(choice(
                                execution(
                                        "maven-surefire-plugin",
                                        "test",
                                        "by-property",
                                        "<systemPropertyVariables><java.io.tmpdir>/mine</java.io.tmpdir>"
                                                + "</systemPropertyVariables>"),
                                Map.of())
                        .orElseThrow()
                        .leftAlone())
                .containsExactly("systemPropertyVariables sets java.io.tmpdir");
        assertThat(choice(
                                execution(
                                        "maven-compiler-plugin",
                                        "compile",
                                        "default-compile",
                                        "<fork>true</fork><compilerArgs><arg>-J-Djava.io.tmpdir=/j</arg></compilerArgs>"),
                                Map.of())
                        .orElseThrow()
                        .execution())
                .isEqualTo("forked javac (default-compile)");
    }

    @Test
    void settingsMadeAsPropertiesAreSeenAsTheBuildSeesThem() {
        MojoExecution surefire = execution("maven-surefire-plugin", "test", "default-test", SUREFIRE_DEFAULTS);
        MojoExecution compiler = execution(
                "maven-compiler-plugin",
                "compile",
                "default-compile",
                COMPILER_DEFAULTS + "<compilerArgs><arg>-J-Djava.io.tmpdir=/j</arg></compilerArgs>");

        assertThat(choice(surefire, Map.of("argLine", "-javaagent:jacoco.jar -Djava.io.tmpdir=/mine"))
                        .orElseThrow()
                        .leftAlone())
                .containsExactly("argLine already sets java.io.tmpdir");
        assertThat(choice(surefire, Map.of("forkCount", "0")).orElseThrow().leftAlone())
                .singleElement()
                .asString()
                .startsWith("forkCount=0");
        assertThat(choice(compiler, Map.of("maven.compiler.fork", "true"))
                        .orElseThrow()
                        .leftAlone())
                .containsExactly("compilerArgs already sets -J-Djava.io.tmpdir");
        assertThat(choice(surefire, Map.of())).isEmpty();
        assertThat(choice(compiler, Map.of())).isEmpty();
    }

    @Test
    void nothingToReportWhereNothingWasSetByHand() {
        assertThat(choice(
                        execution(
                                "maven-surefire-plugin",
                                "test",
                                "default-test",
                                "<argLine>@{argLine} -ea</argLine><forkCount>1C</forkCount>"),
                        Map.of()))
                .isEmpty();
        assertThat(choice(
                        execution("maven-jar-plugin", "jar", "default-jar", "<argLine>-Djava.io.tmpdir=/x</argLine>"),
                        Map.of()))
                .isEmpty();
        assertThat(choice(
                        execution("maven-surefire-plugin", "help", "default-cli", "<forkCount>0</forkCount>"),
                        Map.of()))
                .isEmpty();
    }

    @Test
    void forkCountAsSurefireReadsIt() {
        assertThat(UserChoices.forkCount(null)).isEqualTo(1);
        assertThat(UserChoices.forkCount("0")).isZero();
        assertThat(UserChoices.forkCount("3")).isEqualTo(3);
        assertThat(UserChoices.forkCount("0.5C")).isPositive();
        assertThat(UserChoices.forkCount("many")).isEqualTo(1);
    }

    @Test
    void invokerSettingsAreReadWithTheInvokersPlanner() {
        MojoExecution invoker = execution(
                "maven-invoker-plugin",
                "run",
                "integration-test",
                "<mavenOpts>-Djava.io.tmpdir=/mine</mavenOpts>"
                        + "<environmentVariables><TMPDIR>/mine</TMPDIR></environmentVariables>");

        assertThat(choice(invoker, Map.of()))
                .contains(new UserChoices.Choice(
                        "core",
                        "invoker (integration-test)",
                        List.of("mavenOpts already sets java.io.tmpdir", "environmentVariables sets TMPDIR")));
        assertThat(choice(
                                execution(
                                        "maven-invoker-plugin", "run", "by-property", "<mavenOpts>${opts}</mavenOpts>"),
                                Map.of("opts", "-Djava.io.tmpdir=/p"))
                        .orElseThrow()
                        .leftAlone())
                .containsExactly("mavenOpts already sets java.io.tmpdir");
        assertThat(choice(execution("maven-invoker-plugin", "run", "plain", "<mavenOpts>-Xmx1g</mavenOpts>"), Map.of()))
                .isEmpty();
    }

    @Test
    void forkingPluginsTheExtensionLeavesAloneAreNamedWithTheirReason() {
        MojoExecution exec = new MojoExecution(plugin("exec-maven-plugin"), "exec", "npm");
        exec.getPlugin().setGroupId("org.codehaus.mojo");

        assertThat(UserChoices.pluginLeftAlone("web", exec).orElseThrow())
                .satisfies(p -> assertThat(p.module()).isEqualTo("web"))
                .satisfies(p -> assertThat(p.execution()).isEqualTo("exec-maven-plugin:exec (npm)"))
                .satisfies(p -> assertThat(p.reason()).contains("environmentVariables"));
        assertThat(UserChoices.pluginLeftAlone(
                                "docs", new MojoExecution(plugin("maven-javadoc-plugin"), "jar", "attach"))
                        .map(UserChoices.PluginLeftAlone::execution))
                .contains("maven-javadoc-plugin:jar (attach)");
        assertThat(UserChoices.pluginLeftAlone(
                        "gen", new MojoExecution(plugin("maven-antrun-plugin"), "run", "generate")))
                .isPresent();
    }

    @Test
    void goalsThatStartNoProcessAndOtherPluginsAreNotNamed() {
        MojoExecution execJava = new MojoExecution(plugin("exec-maven-plugin"), "java", "main");
        execJava.getPlugin().setGroupId("org.codehaus.mojo");
        MojoExecution execOfAnotherGroup = new MojoExecution(plugin("exec-maven-plugin"), "exec", "other");

        assertThat(UserChoices.pluginLeftAlone("m", execJava)).isEmpty();
        assertThat(UserChoices.pluginLeftAlone("m", execOfAnotherGroup)).isEmpty();
        assertThat(UserChoices.pluginLeftAlone("m", new MojoExecution(plugin("maven-javadoc-plugin"), "fix", "f")))
                .isEmpty();
        assertThat(UserChoices.pluginLeftAlone(
                        "m", new MojoExecution(plugin("maven-jar-plugin"), "jar", "default-jar")))
                .isEmpty();
        assertThat(UserChoices.pluginLeftAlone(
                        "m", execution("maven-surefire-plugin", "test", "default-test", SUREFIRE_DEFAULTS)))
                .isEmpty();
    }
}
