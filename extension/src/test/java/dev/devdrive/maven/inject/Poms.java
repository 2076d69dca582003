package dev.devdrive.maven.inject;

import java.io.IOException;
import java.io.StringReader;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

/** Reactor models as Maven builds them from POMs, for the tests of what the extension reads from them. */
final class Poms {

    private Poms() {}

    /** A {@code <configuration>} element with the given content. */
    static Xpp3Dom configuration(String content) {
        try {
            return Xpp3DomBuilder.build(new StringReader("<configuration>" + content + "</configuration>"));
        } catch (IOException | XmlPullParserException e) {
            throw new IllegalArgumentException(e);
        }
    }

    static Plugin plugin(String artifactId) {
        Plugin plugin = new Plugin();
        plugin.setGroupId("org.apache.maven.plugins");
        plugin.setArtifactId(artifactId);
        return plugin;
    }

    static Plugin plugin(String artifactId, String configuration) {
        Plugin plugin = plugin(artifactId);
        plugin.setConfiguration(configuration(configuration));
        return plugin;
    }

    /** A project whose plugins run: each without an execution of its own gets one, as the lifecycle binds it. */
    static MavenProject project(String artifactId, Plugin... plugins) {
        for (Plugin plugin : plugins) {
            if (plugin.getExecutions().isEmpty()) {
                PluginExecution bound = new PluginExecution();
                bound.setId("default-bound");
                plugin.addExecution(bound);
            }
        }
        return declaring(artifactId, plugins);
    }

    /** A project that declares these plugins as they are: one without an execution does not run. */
    static MavenProject declaring(String artifactId, Plugin... plugins) {
        Model model = new Model();
        model.setArtifactId(artifactId);
        model.setBuild(new Build());
        for (Plugin plugin : plugins) {
            model.getBuild().addPlugin(plugin);
        }
        return new MavenProject(model);
    }
}
