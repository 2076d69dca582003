package dev.devdrive.maven.inject;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.maven.model.Plugin;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.project.MavenProject;

/** The plugins whose mojos start JVMs that get their temp directory from the extension. */
public enum ForkingPlugin {
    SUREFIRE(
            "maven-surefire-plugin",
            "surefire",
            "test",
            List.of("test"),
            new MojoParameter("forkCount", "forkCount", "1"),
            ForkingPlugin::isForkCount),
    FAILSAFE(
            "maven-failsafe-plugin",
            "failsafe",
            "integration-test",
            List.of("integration-test"),
            new MojoParameter("forkCount", "forkCount", "1"),
            ForkingPlugin::isForkCount),
    COMPILER(
            "maven-compiler-plugin",
            "forked javac",
            "compile",
            List.of("compile", "testCompile"),
            new MojoParameter("fork", "maven.compiler.fork", "false"),
            "true"::equalsIgnoreCase),
    INVOKER(
            "maven-invoker-plugin",
            "invoker",
            "integration-test",
            List.of("run", "integration-test"),
            null,
            value -> true);

    private static final String GROUP_ID = "org.apache.maven.plugins";

    private final String artifactId;
    private final String label;
    private final String defaultPhase;
    private final List<String> goals;
    private final MojoParameter forkParameter;
    private final Predicate<String> forks;

    /**
     * @param defaultPhase  the earliest phase its forking goals bind to by default
     * @param forkParameter the parameter that decides whether the mojo forks, null when it always does
     * @param forks         whether a value of that parameter forks
     */
    ForkingPlugin(
            String artifactId,
            String label,
            String defaultPhase,
            List<String> goals,
            MojoParameter forkParameter,
            Predicate<String> forks) {
        this.artifactId = artifactId;
        this.label = label;
        this.defaultPhase = defaultPhase;
        this.goals = goals;
        this.forkParameter = forkParameter;
        this.forks = forks;
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

    /**
     * The plugins that will fork in the reactor, for the one INFO line: each plugin's fork parameter evaluated from
     * the POMs and the properties as Maven will evaluate it ({@link MojoParameter}), so javac counts where it is
     * forked ({@code <fork>} or {@code -Dmaven.compiler.fork=true}) and Surefire not with {@code forkCount=0}; and
     * only where the requested goals run an execution of it ({@code validate} runs none).
     */
    public static List<ForkingPlugin> usedBy(
            List<MavenProject> projects, List<String> goals, Properties userProperties, Properties systemProperties) {
        RequestedGoals requested = new RequestedGoals(goals);
        return Arrays.stream(values())
                .filter(p -> projects.stream()
                        .anyMatch(project -> p.forksIn(project, requested, name -> {
                            String value = systemProperties.getProperty(name, userProperties.getProperty(name));
                            return value != null
                                    ? value
                                    : project.getProperties().getProperty(name);
                        })))
                .toList();
    }

    private boolean forksIn(MavenProject project, RequestedGoals requested, Function<String, String> properties) {
        // the model holds the lifecycle's bindings as executions: a plugin declared without one does not run
        return project.getBuildPlugins().stream()
                .filter(plugin -> of(plugin).orElse(null) == this)
                .flatMap(plugin -> plugin.getExecutions().stream()
                        .filter(execution -> requested.run(
                                execution.getPhase() != null ? execution.getPhase() : defaultPhase,
                                label.equals("forked javac") ? "compiler" : label,
                                artifactId))
                        .map(execution -> forkParameter == null
                                || forks.test(forkParameter.valueIn(
                                        execution.getConfiguration(), plugin.getConfiguration(), properties))))
                .anyMatch(Boolean::booleanValue);
    }

    /** Surefire and Failsafe run in the Maven JVM with a fork count of 0 ({@code 0C} too). */
    private static boolean isForkCount(String value) {
        String count = value.endsWith("C") || value.endsWith("c") ? value.substring(0, value.length() - 1) : value;
        try {
            return Double.parseDouble(count) != 0;
        } catch (NumberFormatException e) {
            return true;
        }
    }
}
