package dev.devdrive.maven.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

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
    void aBuildWithoutPluginManagementGetsThePluginAtTheExtensionsVersion() {
        Build build = new Build();

        assertThat(PLUGIN.declareIn(build)).isTrue();

        Plugin declared = build.getPluginManagement().getPluginsAsMap().get("dev.devdrive:devdrive-maven-plugin");
        assertThat(declared.getVersion()).isEqualTo("1.2.3");
        assertThat(build.getPlugins()).isEmpty();
    }

    @Test
    void otherManagedPluginsStay() {
        Build build = new Build();
        build.setPluginManagement(new PluginManagement());
        Plugin surefire = new Plugin();
        surefire.setArtifactId("maven-surefire-plugin");
        build.getPluginManagement().addPlugin(surefire);

        assertThat(PLUGIN.declareIn(build)).isTrue();

        assertThat(build.getPluginManagement().getPlugins())
                .extracting(Plugin::getArtifactId)
                .containsExactly("maven-surefire-plugin", "devdrive-maven-plugin");
    }

    @Test
    void aPinInTheBuildPluginsWins() {
        Build build = new Build();
        build.addPlugin(devdrive("0.0.9"));

        assertThat(PLUGIN.declareIn(build)).isFalse();

        assertThat(build.getPluginManagement()).isNull();
        assertThat(build.getPlugins().get(0).getVersion()).isEqualTo("0.0.9");
    }

    @Test
    void aPinInPluginManagementWins() {
        Build build = new Build();
        build.setPluginManagement(new PluginManagement());
        build.getPluginManagement().addPlugin(devdrive("0.0.9"));

        assertThat(PLUGIN.declareIn(build)).isFalse();

        assertThat(build.getPluginManagement().getPlugins())
                .singleElement()
                .extracting(Plugin::getVersion)
                .isEqualTo("0.0.9");
    }

    @Test
    void aDeclarationWithoutVersionIsTheUsersToo() {
        Build build = new Build();
        build.addPlugin(devdrive(null));

        assertThat(PLUGIN.declareIn(build)).isFalse();

        assertThat(build.getPluginManagement()).isNull();
    }

    private static Plugin devdrive(String version) {
        Plugin plugin = new Plugin();
        plugin.setGroupId("dev.devdrive");
        plugin.setArtifactId("devdrive-maven-plugin");
        plugin.setVersion(version);
        return plugin;
    }
}
