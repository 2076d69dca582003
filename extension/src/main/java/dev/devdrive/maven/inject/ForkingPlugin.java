package dev.devdrive.maven.inject;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/** The plugins whose mojos start JVMs that get their temp directory from the extension. */
public enum ForkingPlugin {
    SUREFIRE("maven-surefire-plugin", "surefire", List.of("test")),
    FAILSAFE("maven-failsafe-plugin", "failsafe", List.of("integration-test")),
    COMPILER("maven-compiler-plugin", "forked javac", List.of("compile", "testCompile"));

    private static final String GROUP_ID = "org.apache.maven.plugins";

    private final String artifactId;
    private final String label;
    private final List<String> goals;

    ForkingPlugin(String artifactId, String label, List<String> goals) {
        this.artifactId = artifactId;
        this.label = label;
        this.goals = goals;
    }

    public String label() {
        return label;
    }

    /** The plugin of an execution about to run, when it is one whose forks get a temp directory. */
    public static Optional<ForkingPlugin> of(MojoExecution execution) {
        return Arrays.stream(values())
                .filter(p -> GROUP_ID.equals(execution.getGroupId())
                        && p.artifactId.equals(execution.getArtifactId())
                        && p.goals.contains(execution.getGoal()))
                .findFirst();
    }

    /** The plugin a POM's {@code <plugin>} names, when it is one whose forks get a temp directory. */
    static Optional<ForkingPlugin> of(Plugin plugin) {
        return Arrays.stream(values())
                .filter(p -> GROUP_ID.equals(plugin.getGroupId()) && p.artifactId.equals(plugin.getArtifactId()))
                .findFirst();
    }

    /** The plugins the reactor's POMs use, for the one INFO line; javac counts only where it is forked. */
    public static List<ForkingPlugin> usedBy(List<MavenProject> projects) {
        return Arrays.stream(values())
                .filter(p -> projects.stream()
                        .flatMap(project -> project.getBuildPlugins().stream())
                        .anyMatch(plugin -> p.isUsedBy(plugin)))
                .toList();
    }

    private boolean isUsedBy(Plugin plugin) {
        if (of(plugin).orElse(null) != this) {
            return false;
        }
        return this != COMPILER
                || forks(plugin.getConfiguration())
                || plugin.getExecutions().stream()
                        .map(PluginExecution::getConfiguration)
                        .anyMatch(ForkingPlugin::forks);
    }

    static boolean forks(Object configuration) {
        if (!(configuration instanceof Xpp3Dom dom)) {
            return false;
        }
        Xpp3Dom fork = dom.getChild("fork");
        return fork != null
                && fork.getValue() != null
                && !"false".equalsIgnoreCase(fork.getValue().trim());
    }
}
