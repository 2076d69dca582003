package dev.devdrive.maven.lifecycle;

import java.util.LinkedHashSet;
import java.util.Set;
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
 * Maven resolves the goals given on the command line after {@code afterProjectsRead}.
 */
@Named("devdrive-companion-plugin")
@Singleton
public class CompanionPluginParticipant extends AbstractMavenLifecycleParticipant {

    private static final Logger LOG = LoggerFactory.getLogger(CompanionPluginParticipant.class);

    @Override
    public void afterProjectsRead(MavenSession session) {
        CompanionPlugin plugin = CompanionPlugin.ofThisExtension();
        // Maven resolves command-line goals with the top-level project, which -pl may leave out of the selection.
        Set<MavenProject> projects = new LinkedHashSet<>(session.getProjects());
        if (session.getTopLevelProject() != null) {
            projects.add(session.getTopLevelProject());
        }
        for (MavenProject project : projects) {
            Build build = project.getModel().getBuild();
            if (build == null) {
                build = new Build();
                project.getModel().setBuild(build);
            }
            if (plugin.declareIn(build)) {
                LOG.debug(
                        "[devdrive] {}: prefix devdrive is {}:{}:{}",
                        project.getArtifactId(),
                        plugin.groupId(),
                        plugin.artifactId(),
                        plugin.version());
            } else {
                LOG.debug(
                        "[devdrive] {}: its POM declares {}, which stays as it is",
                        project.getArtifactId(),
                        plugin.artifactId());
            }
        }
    }
}
