package dev.devdrive.maven.inject;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecution;

/**
 * Plugins whose goals start processes the extension gives no temp directory, on purpose (the site's touches page
 * says why), so that {@code devdrive:report} can say so where the reactor's plan runs one.
 */
enum UnhandledForkingPlugin {
    JAVADOC(
            "org.apache.maven.plugins",
            "maven-javadoc-plugin",
            List.of(
                    "javadoc",
                    "javadoc-no-fork",
                    "test-javadoc",
                    "test-javadoc-no-fork",
                    "jar",
                    "test-jar",
                    "aggregate",
                    "aggregate-no-fork",
                    "aggregate-jar",
                    "test-aggregate",
                    "test-aggregate-no-fork",
                    "test-aggregate-jar"),
            "starts the javadoc tool, which writes to its output directory, not temp: it keeps its usual temp"
                    + " directory"),
    EXEC(
            "org.codehaus.mojo",
            "exec-maven-plugin",
            List.of("exec"),
            "starts any program, which may outlive the goal: set TMP/TEMP/TMPDIR in its environmentVariables where"
                    + " it should write elsewhere"),
    ANTRUN(
            "org.apache.maven.plugins",
            "maven-antrun-plugin",
            List.of("run"),
            "forked <java> and <exec> tasks run the command lines of your build file: they keep their usual temp"
                    + " directory");

    private final String groupId;
    private final String artifactId;
    private final List<String> goals;
    private final String reason;

    UnhandledForkingPlugin(String groupId, String artifactId, List<String> goals, String reason) {
        this.groupId = groupId;
        this.artifactId = artifactId;
        this.goals = goals;
        this.reason = reason;
    }

    String artifactId() {
        return artifactId;
    }

    /** Why the extension leaves it alone, and what the user can do. */
    String reason() {
        return reason;
    }

    static Optional<UnhandledForkingPlugin> of(MojoExecution execution) {
        return Arrays.stream(values())
                .filter(p -> p.groupId.equals(execution.getGroupId())
                        && p.artifactId.equals(execution.getArtifactId())
                        && p.goals.contains(execution.getGoal()))
                .findFirst();
    }
}
