package dev.devdrive.maven.inject;

import static dev.devdrive.maven.inject.Poms.configuration;
import static dev.devdrive.maven.inject.Poms.plugin;
import static dev.devdrive.maven.inject.Poms.project;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.junit.jupiter.api.Test;

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
        Plugin lookalike = plugin("maven-surefire-plugin");
        lookalike.setGroupId("com.example");
        assertThat(ForkingPlugin.of(new MojoExecution(lookalike, "test", "default-test")))
                .isEmpty();
    }

    @Test
    void javacCountsOnlyWhereTheReactorForksIt() {
        Plugin compiler = plugin("maven-compiler-plugin");
        assertThat(ForkingPlugin.usedBy(List.of(project("app", compiler)))).isEmpty();

        compiler.setConfiguration(configuration("<fork>false</fork>"));
        assertThat(ForkingPlugin.usedBy(List.of(project("app", compiler)))).isEmpty();

        PluginExecution execution = new PluginExecution();
        execution.setConfiguration(configuration("<fork>true</fork>"));
        compiler.addExecution(execution);
        assertThat(ForkingPlugin.usedBy(List.of(project("app", compiler)))).containsExactly(ForkingPlugin.COMPILER);
    }

    @Test
    void listsWhatTheWholeReactorUsesInAFixedOrder() {
        Plugin forked = plugin("maven-compiler-plugin");
        forked.setConfiguration(configuration("<fork>true</fork>"));

        assertThat(ForkingPlugin.usedBy(List.of(
                        project("app", plugin("maven-failsafe-plugin"), forked),
                        project("lib", plugin("maven-surefire-plugin")))))
                .containsExactly(ForkingPlugin.SUREFIRE, ForkingPlugin.FAILSAFE, ForkingPlugin.COMPILER);
    }
}
