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
 * The devdrive plugin released with this extension. Maven resolves a goal prefix such as {@code devdrive:} from the
 * top-level project's build plugins and plugin management, then from the {@code pluginGroups} of the settings
 * (DefaultPluginPrefixResolver); a goal given with full coordinates needs neither (MojoDescriptorCreator), and its
 * version wins over any declaration. Writing the requested {@code devdrive:} goals with this plugin's coordinates
 * makes {@code mvn devdrive:report} work without a {@code pluginGroups} entry, at this extension's version, and
 * leaves every project's model as its POMs make it: nothing shows in an effective or flattened POM. (A
 * {@code pluginGroups} entry added in memory would not do: Maven would take the version from the repository's
 * metadata, not the extension's, and needs the group's prefix metadata from a remote repository.)
 *
 * @param groupId    the plugin's groupId
 * @param artifactId the plugin's artifactId
 * @param version    the plugin's version, the extension's own
 */
record CompanionPlugin(String groupId, String artifactId, String version) {

    private static final String COORDINATES = "companion-plugin.properties";
    private static final String PREFIX = "devdrive";

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
     * Whether {@code build} declares the plugin, in its plugins or its plugin management, with or without a version:
     * that declaration is the user's, and Maven resolves the prefix from it.
     */
    boolean isDeclaredIn(Build build) {
        PluginManagement management = build.getPluginManagement();
        return declares(build.getPlugins()) || (management != null && declares(management.getPlugins()));
    }

    /**
     * The goals with each {@code devdrive:goal} and {@code devdrive:version:goal} written with this plugin's
     * coordinates ({@code @execution} kept); every other goal and phase as it is.
     */
    List<String> qualify(List<String> goals) {
        return goals.stream().map(this::qualify).toList();
    }

    private String qualify(String goal) {
        String[] parts = goal.split(":", -1);
        if (!PREFIX.equals(parts[0]) || parts.length < 2 || parts.length > 3) {
            return goal;
        }
        String goalVersion = parts.length == 3 ? parts[1] : version;
        return groupId + ":" + artifactId + ":" + goalVersion + ":" + parts[parts.length - 1];
    }

    private boolean declares(List<Plugin> plugins) {
        return plugins.stream().anyMatch(p -> groupId.equals(p.getGroupId()) && artifactId.equals(p.getArtifactId()));
    }
}
