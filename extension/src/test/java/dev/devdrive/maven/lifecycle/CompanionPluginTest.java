package dev.devdrive.maven.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.maven.model.Build;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginManagement;
import org.junit.jupiter.api.Test;

class CompanionPluginTest {

    private static final CompanionPlugin PLUGIN = new CompanionPlugin("dev.devdrive", "devdrive-maven-plugin", "1.2.3");

    @Test
    void coordinatesAreFilledInAtBuildTime() {
        CompanionPlugin plugin = CompanionPlugin.ofThisExtension();

        assertThat(plugin.groupId()).isEqualTo("dev.devdrive");
        assertThat(plugin.artifactId()).isEqualTo("devdrive-maven-plugin");
        assertThat(plugin.version()).isNotBlank().doesNotContain("${");
    }

    @Test
    void aPrefixedGoalGetsTheExtensionsCoordinates() {
        assertThat(PLUGIN.qualify(List.of("devdrive:report")))
                .containsExactly("dev.devdrive:devdrive-maven-plugin:1.2.3:report");
    }

    @Test
    void aVersionGivenWithThePrefixStays() {
        assertThat(PLUGIN.qualify(List.of("devdrive:0.0.9:help")))
                .containsExactly("dev.devdrive:devdrive-maven-plugin:0.0.9:help");
    }

    @Test
    void anExecutionIdStays() {
        assertThat(PLUGIN.qualify(List.of("devdrive:report@cli")))
                .containsExactly("dev.devdrive:devdrive-maven-plugin:1.2.3:report@cli");
    }

    @Test
    void phasesOtherPrefixesAndFullCoordinatesStayAsTheyAre() {
        List<String> goals = List.of(
                "clean",
                "verify",
                "help:effective-pom",
                "devdrivex:report",
                "devdrive",
                "dev.devdrive:devdrive-maven-plugin:report",
                "dev.devdrive:devdrive-maven-plugin:0.0.9:report");

        assertThat(PLUGIN.qualify(goals)).isEqualTo(goals);
    }

    @Test
    void theOrderOfGoalsAndPhasesStays() {
        assertThat(PLUGIN.qualify(List.of("clean", "devdrive:report", "install")))
                .containsExactly("clean", "dev.devdrive:devdrive-maven-plugin:1.2.3:report", "install");
    }

    @Test
    void aBuildWithoutTheDeclarationDoesNotDeclareIt() {
        Build build = new Build();
        build.setPluginManagement(new PluginManagement());
        Plugin surefire = new Plugin();
        surefire.setArtifactId("maven-surefire-plugin");
        build.getPluginManagement().addPlugin(surefire);

        assertThat(PLUGIN.isDeclaredIn(build)).isFalse();
        assertThat(PLUGIN.isDeclaredIn(new Build())).isFalse();
    }

    @Test
    void aDeclarationInTheBuildPluginsIsTheUsers() {
        Build build = new Build();
        build.addPlugin(devdrive("0.0.9"));

        assertThat(PLUGIN.isDeclaredIn(build)).isTrue();
    }

    @Test
    void aDeclarationInPluginManagementIsTheUsers() {
        Build build = new Build();
        build.setPluginManagement(new PluginManagement());
        build.getPluginManagement().addPlugin(devdrive("0.0.9"));

        assertThat(PLUGIN.isDeclaredIn(build)).isTrue();
    }

    @Test
    void aDeclarationWithoutVersionIsTheUsersToo() {
        Build build = new Build();
        build.addPlugin(devdrive(null));

        assertThat(PLUGIN.isDeclaredIn(build)).isTrue();
    }

    private static Plugin devdrive(String version) {
        Plugin plugin = new Plugin();
        plugin.setGroupId("dev.devdrive");
        plugin.setArtifactId("devdrive-maven-plugin");
        plugin.setVersion(version);
        return plugin;
    }
}
