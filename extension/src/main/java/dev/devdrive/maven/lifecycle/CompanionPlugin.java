package dev.devdrive.maven.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.apache.maven.model.Build;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginManagement;

/**
 * The devdrive plugin released with this extension. Maven resolves a goal prefix such as {@code devdrive:} first
 * from the project's build plugins and plugin management (DefaultPluginPrefixResolver), and takes the version from
 * the same declaration (MojoDescriptorCreator): declaring the plugin in plugin management makes
 * {@code mvn devdrive:report} work without a {@code pluginGroups} entry, at this extension's version, and changes
 * nothing else of the build.
 *
 * @param groupId    the plugin's groupId
 * @param artifactId the plugin's artifactId
 * @param version    the plugin's version, the extension's own
 */
record CompanionPlugin(String groupId, String artifactId, String version) {

    private static final String COORDINATES = "companion-plugin.properties";

    CompanionPlugin {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
    }

    /** The plugin built together with this extension, from coordinates filled in at build time. */
    static CompanionPlugin ofThisExtension() {
        Properties coordinates = new Properties();
        try (InputStream in = CompanionPlugin.class.getResourceAsStream(COORDINATES)) {
            coordinates.load(Objects.requireNonNull(in, COORDINATES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new CompanionPlugin(
                coordinates.getProperty("groupId"),
                coordinates.getProperty("artifactId"),
                coordinates.getProperty("version"));
    }

    /**
     * Declares the plugin in {@code build}'s plugin management unless the POM declares it already, in its plugins or
     * its plugin management, with or without a version: that declaration is the user's and wins.
     *
     * @return whether it was declared
     */
    boolean declareIn(Build build) {
        PluginManagement management = build.getPluginManagement();
        if (declares(build.getPlugins()) || (management != null && declares(management.getPlugins()))) {
            return false;
        }
        if (management == null) {
            management = new PluginManagement();
            build.setPluginManagement(management);
        }
        Plugin plugin = new Plugin();
        plugin.setGroupId(groupId);
        plugin.setArtifactId(artifactId);
        plugin.setVersion(version);
        management.addPlugin(plugin);
        management.flushPluginMap();
        return true;
    }

    private boolean declares(List<Plugin> plugins) {
        return plugins.stream().anyMatch(p -> groupId.equals(p.getGroupId()) && artifactId.equals(p.getArtifactId()));
    }
}
