package dev.devdrive.maven.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.junit.jupiter.api.Test;

class ForkingPluginTest {

    private static Plugin plugin(String artifactId) {
        Plugin plugin = new Plugin();
        plugin.setGroupId("org.apache.maven.plugins");
        plugin.setArtifactId(artifactId);
        return plugin;
    }

    private static Xpp3Dom fork(String value) {
        Xpp3Dom configuration = new Xpp3Dom("configuration");
        Xpp3Dom fork = new Xpp3Dom("fork");
        fork.setValue(value);
        configuration.addChild(fork);
        return configuration;
    }

    private static MavenProject project(Plugin... plugins) {
        Model model = new Model();
        model.setBuild(new Build());
        for (Plugin plugin : plugins) {
            model.getBuild().addPlugin(plugin);
        }
        return new MavenProject(model);
    }

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
        assertThat(ForkingPlugin.usedBy(List.of(project(compiler)))).isEmpty();

        compiler.setConfiguration(fork("false"));
        assertThat(ForkingPlugin.usedBy(List.of(project(compiler)))).isEmpty();

        PluginExecution execution = new PluginExecution();
        execution.setConfiguration(fork("true"));
        compiler.addExecution(execution);
        assertThat(ForkingPlugin.usedBy(List.of(project(compiler)))).containsExactly(ForkingPlugin.COMPILER);
    }

    @Test
    void listsWhatTheWholeReactorUsesInAFixedOrder() {
        Plugin forked = plugin("maven-compiler-plugin");
        forked.setConfiguration(fork("true"));

        assertThat(ForkingPlugin.usedBy(List.of(
                        project(plugin("maven-failsafe-plugin"), forked), project(plugin("maven-surefire-plugin")))))
                .containsExactly(ForkingPlugin.SUREFIRE, ForkingPlugin.FAILSAFE, ForkingPlugin.COMPILER);
    }
}
