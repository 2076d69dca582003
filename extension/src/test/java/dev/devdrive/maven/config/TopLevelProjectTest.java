package dev.devdrive.maven.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.execution.ProjectDependencyGraph;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;

class TopLevelProjectTest {

    private final MavenProject root = project("root", true);
    private final MavenProject a = project("a", false);
    private final MavenProject b = project("b", false);

    @SuppressWarnings("deprecation") // the constructor without a container is enough for the session's projects
    private final MavenSession session = new MavenSession(null, null, new DefaultMavenExecutionRequest(), null);

    @Test
    void theExecutionRootWhenItIsSelected() {
        select(List.of(root, a, b));

        assertThat(TopLevelProject.of(session)).isSameAs(root);
    }

    @Test
    void theExecutionRootWhenOnlyAModuleIsSelected() {
        select(List.of(b));

        assertThat(session.getTopLevelProject()).isSameAs(b);
        assertThat(TopLevelProject.of(session)).isSameAs(root);
    }

    @Test
    void theSessionsTopLevelProjectWithoutAGraph() {
        session.setProjects(List.of(a, b));

        assertThat(TopLevelProject.of(session)).isSameAs(a);
    }

    /** As Maven does for -pl: the whole reactor in the graph, the selection in the session's projects. */
    private void select(List<MavenProject> selected) {
        session.setProjectDependencyGraph(new ProjectDependencyGraph() {
            @Override
            public List<MavenProject> getAllProjects() {
                return List.of(root, a, b);
            }

            @Override
            public List<MavenProject> getSortedProjects() {
                return selected;
            }

            @Override
            public List<MavenProject> getDownstreamProjects(MavenProject project, boolean transitive) {
                return List.of();
            }

            @Override
            public List<MavenProject> getUpstreamProjects(MavenProject project, boolean transitive) {
                return List.of();
            }
        });
        session.setProjects(selected);
    }

    private static MavenProject project(String artifactId, boolean executionRoot) {
        Model model = new Model();
        model.setGroupId("g");
        model.setArtifactId(artifactId);
        model.setVersion("1");
        MavenProject project = new MavenProject(model);
        project.setExecutionRoot(executionRoot);
        return project;
    }
}
