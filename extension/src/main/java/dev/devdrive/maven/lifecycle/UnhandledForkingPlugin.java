package dev.devdrive.maven.lifecycle;

import java.util.Arrays;
import java.util.Optional;
import org.apache.maven.model.Plugin;

/**
 * Plugins that start processes the extension gives no temp directory, on purpose (the site's touches page says why),
 * so that {@code devdrive:report} can say so where the reactor uses one.
 */
enum UnhandledForkingPlugin {
    JAVADOC(
            "org.apache.maven.plugins",
            "maven-javadoc-plugin",
            "starts the javadoc tool, which the extension leaves alone: it keeps its usual temp directory"),
    EXEC(
            "org.codehaus.mojo",
            "exec-maven-plugin",
            "exec:exec starts any program, which the extension leaves alone: set TMP/TEMP/TMPDIR in its"
                    + " environmentVariables where it should write elsewhere"),
    ANTRUN(
            "org.apache.maven.plugins",
            "maven-antrun-plugin",
            "forked java tasks, which the extension leaves alone: they keep their usual temp directory");

    private final String groupId;
    private final String artifactId;
    private final String leftAlone;

    UnhandledForkingPlugin(String groupId, String artifactId, String leftAlone) {
        this.groupId = groupId;
        this.artifactId = artifactId;
        this.leftAlone = leftAlone;
    }

    String artifactId() {
        return artifactId;
    }

    /** What the extension leaves as it is, for the report. */
    String leftAlone() {
        return leftAlone;
    }

    static Optional<UnhandledForkingPlugin> of(Plugin plugin) {
        return Arrays.stream(values())
                .filter(p -> p.groupId.equals(plugin.getGroupId()) && p.artifactId.equals(plugin.getArtifactId()))
                .findFirst();
    }
}
