package dev.devdrive.maven.lifecycle;

import java.util.List;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.project.MavenProject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes the prefix {@code devdrive} resolve to the plugin of this extension's version in every build that loads the
 * extension, with a project or without one (Maven's stand-alone project then stands in), whatever the temp mode.
 * Maven reads the requested goals after {@code afterProjectsRead}; it resolves a prefix with the session's top-level
 * project, so a declaration there is the user's and is left to serve the prefix.
 */
@Named("devdrive-companion-plugin")
@Singleton
public class CompanionPluginParticipant extends AbstractMavenLifecycleParticipant {

    private static final Logger LOG = LoggerFactory.getLogger(CompanionPluginParticipant.class);

    @Override
    public void afterProjectsRead(MavenSession session) {
        CompanionPlugin plugin = CompanionPlugin.ofThisExtension();
        List<String> goals = session.getGoals();
        List<String> qualified = plugin.qualify(goals);
        if (qualified.equals(goals)) {
            return;
        }
        MavenProject top = session.getTopLevelProject();
        Build build = top == null ? null : top.getModel().getBuild();
        if (build != null && plugin.isDeclaredIn(build)) {
            LOG.debug(
                    "[devdrive] {}: its POM declares {}, which serves the prefix",
                    top.getArtifactId(),
                    plugin.artifactId());
            return;
        }
        session.getRequest().setGoals(qualified);
        LOG.debug("[devdrive] Goals {} run as {}", goals, qualified);
    }
}
