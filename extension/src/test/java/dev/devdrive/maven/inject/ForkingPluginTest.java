package dev.devdrive.maven.inject;

import static dev.devdrive.maven.inject.Poms.configuration;
import static dev.devdrive.maven.inject.Poms.plugin;
import static dev.devdrive.maven.inject.Poms.project;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ForkingPluginTest {

    @Test
    void recognisesTheGoalsThatFork() {
        Plugin surefire = plugin("maven-surefire-plugin");
        Plugin failsafe = plugin("maven-failsafe-plugin");
        Plugin compiler = plugin("maven-compiler-plugin");

        assertThat(ForkingPlugin.of(new MojoExecution(surefire, "test", "default-test")))
                .contains(ForkingPlugin.SUREFIRE);
        assertThat(ForkingPlugin.of(new MojoExecution(failsafe, "integration-test", "it")))
                .contains(ForkingPlugin.FAILSAFE);
        assertThat(ForkingPlugin.of(new MojoExecution(failsafe, "verify", "it")))
                .isEmpty();
        assertThat(ForkingPlugin.of(new MojoExecution(compiler, "testCompile", "default-testCompile")))
                .contains(ForkingPlugin.COMPILER);
        Plugin invoker = plugin("maven-invoker-plugin");
        assertThat(ForkingPlugin.of(new MojoExecution(invoker, "run", "default-cli")))
                .contains(ForkingPlugin.INVOKER);
        assertThat(ForkingPlugin.of(new MojoExecution(invoker, "integration-test", "it")))
                .contains(ForkingPlugin.INVOKER);
        assertThat(ForkingPlugin.of(new MojoExecution(invoker, "install", "it")))
                .isEmpty();
        Plugin lookalike = plugin("maven-surefire-plugin");
        lookalike.setGroupId("com.example");
        assertThat(ForkingPlugin.of(new MojoExecution(lookalike, "test", "default-test")))
                .isEmpty();
    }

    @Test
    void javacCountsOnlyWhereTheReactorForksIt() {
        Plugin compiler = plugin("maven-compiler-plugin");
        assertThat(usedBy(project("app", compiler))).isEmpty();

        compiler.setConfiguration(configuration("<fork>false</fork>"));
        assertThat(usedBy(project("app", compiler))).isEmpty();

        PluginExecution execution = new PluginExecution();
        execution.setConfiguration(configuration("<fork>true</fork>"));
        compiler.addExecution(execution);
        assertThat(usedBy(project("app", compiler))).containsExactly(ForkingPlugin.COMPILER);
    }

    @Test
    void javacForkedByTheCompilersPropertyCounts() {
        Plugin compiler = plugin("maven-compiler-plugin");
        compiler.addExecution(new PluginExecution());

        assertThat(ForkingPlugin.usedBy(
                        List.of(project("app", compiler)),
                        List.of("verify"),
                        properties("maven.compiler.fork", "true"),
                        new Properties()))
                .containsExactly(ForkingPlugin.COMPILER);
        assertThat(ForkingPlugin.usedBy(
                        List.of(project("app", compiler)),
                        List.of("verify"),
                        new Properties(),
                        properties("maven.compiler.fork", "TRUE")))
                .containsExactly(ForkingPlugin.COMPILER);
        MavenProject byPom = project("app", compiler);
        byPom.getProperties().setProperty("maven.compiler.fork", "true");
        assertThat(usedBy(byPom)).containsExactly(ForkingPlugin.COMPILER);
    }

    @Test
    void theMavenJvmsSystemPropertyWinsOverTheUserPropertyAndBothOverThePom() {
        Plugin compiler = plugin("maven-compiler-plugin");
        MavenProject project = project("app", compiler);
        project.getProperties().setProperty("maven.compiler.fork", "true");

        assertThat(ForkingPlugin.usedBy(
                        List.of(project),
                        List.of("verify"),
                        properties("maven.compiler.fork", "true"),
                        properties("maven.compiler.fork", "false")))
                .isEmpty();
        assertThat(ForkingPlugin.usedBy(
                        List.of(project),
                        List.of("verify"),
                        properties("maven.compiler.fork", "false"),
                        new Properties()))
                .isEmpty();
    }

    @Test
    void aForkElementWinsOverThePropertyAndAnExpressionInItIsEvaluated() {
        Plugin compiler = plugin("maven-compiler-plugin", "<fork>false</fork>");
        assertThat(ForkingPlugin.usedBy(
                        List.of(project("app", compiler)),
                        List.of("verify"),
                        properties("maven.compiler.fork", "true"),
                        new Properties()))
                .isEmpty();

        Plugin byExpression = plugin("maven-compiler-plugin", "<fork>${javac.forked}</fork>");
        assertThat(ForkingPlugin.usedBy(
                        List.of(project("app", byExpression)),
                        List.of("verify"),
                        properties("javac.forked", "true"),
                        new Properties()))
                .containsExactly(ForkingPlugin.COMPILER);
        assertThat(usedBy(project("app", byExpression))).isEmpty();
    }

    @Test
    void anExecutionsElementWinsOverThePlugins() {
        Plugin compiler = plugin("maven-compiler-plugin", "<fork>true</fork>");
        PluginExecution execution = new PluginExecution();
        execution.setConfiguration(configuration("<fork>false</fork>"));
        compiler.addExecution(execution);

        assertThat(usedBy(project("app", compiler))).isEmpty();
    }

    @Test
    void surefireAndFailsafeDoNotForkWithAForkCountOfZero() {
        assertThat(usedBy(project("app", plugin("maven-surefire-plugin", "<forkCount>0</forkCount>"))))
                .isEmpty();
        assertThat(usedBy(project("app", plugin("maven-failsafe-plugin", "<forkCount>0C</forkCount>"))))
                .isEmpty();
        assertThat(ForkingPlugin.usedBy(
                        List.of(project("app", plugin("maven-surefire-plugin"))),
                        List.of("verify"),
                        properties("forkCount", "0"),
                        new Properties()))
                .isEmpty();
        assertThat(usedBy(project("app", plugin("maven-surefire-plugin", "<forkCount>1.5C</forkCount>"))))
                .containsExactly(ForkingPlugin.SUREFIRE);
        assertThat(usedBy(project("app", plugin("maven-surefire-plugin", "<forkCount>${unset}</forkCount>"))))
                .containsExactly(ForkingPlugin.SUREFIRE);
    }

    /**
     * Failsafe and the invoker declared for their configuration, without an execution, do not run: the lifecycle
     * binds neither (review finding: the INFO line named them for a build that forks only Surefire).
     */
    @Test
    void aPluginDeclaredWithoutAnExecutionForksNothing() {
        assertThat(usedBy(Poms.declaring("app", plugin("maven-failsafe-plugin"), plugin("maven-invoker-plugin"))))
                .isEmpty();
    }

    /** The goals of this build decide too: validate runs no test, a plugin's own goal runs it (second review). */
    @ParameterizedTest
    @CsvSource({
        "validate,                     ''",
        "compile,                      'COMPILER'",
        "test,                         'SUREFIRE,COMPILER'",
        "clean,                        ''",
        "'clean,install',              'SUREFIRE,FAILSAFE,COMPILER,INVOKER'",
        "surefire:test,                'SUREFIRE'",
        "'org.apache.maven.plugins:maven-failsafe-plugin:3.5.4:integration-test', 'FAILSAFE'",
        "before:test,                  'SUREFIRE,COMPILER'",
        "some-future-phase,            'SUREFIRE,FAILSAFE,COMPILER,INVOKER'",
        "devdrive:report,              ''",
    })
    void onlyWhatTheRequestedGoalsRunCounts(String goals, String expected) {
        Plugin forked = plugin("maven-compiler-plugin");
        forked.setConfiguration(configuration("<fork>true</fork>"));
        MavenProject project = project(
                "app",
                plugin("maven-surefire-plugin"),
                plugin("maven-failsafe-plugin"),
                forked,
                plugin("maven-invoker-plugin"));

        assertThat(
                        ForkingPlugin.usedBy(
                                        List.of(project), List.of(goals.split(",")), new Properties(), new Properties())
                                .stream()
                                .map(Enum::name)
                                .collect(Collectors.joining(",")))
                .isEqualTo(expected);
    }

    @Test
    void listsWhatTheWholeReactorUsesInAFixedOrder() {
        Plugin forked = plugin("maven-compiler-plugin");
        forked.setConfiguration(configuration("<fork>true</fork>"));

        assertThat(usedBy(
                        project("app", plugin("maven-failsafe-plugin"), forked),
                        project("lib", plugin("maven-surefire-plugin")),
                        project("its", plugin("maven-invoker-plugin"))))
                .containsExactly(
                        ForkingPlugin.SUREFIRE, ForkingPlugin.FAILSAFE, ForkingPlugin.COMPILER, ForkingPlugin.INVOKER);
    }

    private static List<ForkingPlugin> usedBy(MavenProject... projects) {
        return ForkingPlugin.usedBy(List.of(projects), List.of("verify"), new Properties(), new Properties());
    }

    private static Properties properties(String name, String value) {
        Properties properties = new Properties();
        properties.setProperty(name, value);
        return properties;
    }
}
