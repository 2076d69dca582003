package dev.devdrive.maven.config;

import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.execution.ProjectDependencyGraph;
import org.apache.maven.project.MavenProject;

/**
 * The project whose POM Maven runs on (the directory it starts in, or {@code -f}), where the {@code devdrive.*}
 * settings are read, selected or not: {@code -pl}, {@code -rf}, {@code -am} and {@code -amd} choose which projects
 * build, not where the settings come from. Its properties are interpolated with its own {@code ${project.basedir}}.
 * {@link MavenSession#getTopLevelProject()} is not it: that is the first selected project when the execution root is
 * not selected.
 */
public final class TopLevelProject {

    private TopLevelProject() {}

    /** The execution root among all the reactor's projects; the session's top-level project when none is marked. */
    public static MavenProject of(MavenSession session) {
        ProjectDependencyGraph graph = session.getProjectDependencyGraph();
        List<MavenProject> all = graph != null ? graph.getAllProjects() : session.getProjects();
        return all.stream().filter(MavenProject::isExecutionRoot).findFirst().orElseGet(session::getTopLevelProject);
    }
}
