package dev.devdrive.maven.lifecycle;

import dev.devdrive.maven.fork.AgentJar;
import dev.devdrive.maven.tmp.BuildTempDirectory;
import dev.devdrive.maven.tmp.Leftovers;
import dev.devdrive.maven.tmp.Reclaimed;
import dev.devdrive.maven.tmp.TempRoot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import javax.inject.Named;
import javax.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temp state of the running build, shared by the lifecycle participant and the mojo listener. The build's
 * directory is created on first use, just before the first mojo that forks, so that a {@code clean} earlier in
 * the same build cannot remove it, and a build that forks nothing creates no build directory (the root itself is
 * made at session start, where its checks can warn early).
 */
@Named
@Singleton
public class BuildTempSession {

    static final String TMPDIR = "java.io.tmpdir";

    private static final Logger LOG = LoggerFactory.getLogger(BuildTempSession.class);

    private TempRoot root;
    private boolean keep;
    private BuildTempDirectory directory;
    private Path agentJar;
    private String mavenTmpdir;

    /** Redirects this build's temp into {@code root}. */
    public synchronized void start(TempRoot root, boolean keep) {
        this.root = root;
        this.keep = keep;
    }

    /** The build's directory, created on first call; empty when nothing is redirected or it cannot be made. */
    public synchronized Optional<BuildTempDirectory> directory() {
        if (directory == null && root != null) {
            try {
                directory = BuildTempDirectory.create(reopenedRoot(), keep);
                agentJar = AgentJar.writeInto(directory.path());
            } catch (IOException | RuntimeException e) {
                if (directory != null) {
                    directory.finish();
                    directory = null;
                }
                LOG.warn(
                        "[devdrive] Cannot create the build's temp directory in {}: {}; temp stays where it was."
                                + " Set devdrive.tmpRoot to a writable directory or devdrive.mode=off.",
                        root.path(),
                        e.getMessage());
                root = null;
                return Optional.empty();
            }
            logReclaimed(directory.reclaimed());
            mavenTmpdir = System.getProperty(TMPDIR);
            // Surefire creates its Windows booter directory, and plexus-compiler the forked javac's argument file,
            // in the Maven JVM's temp directory, reading this property when they run.
            System.setProperty(TMPDIR, directory.path().toString());
            LOG.debug(
                    "[devdrive] Maven JVM java.io.tmpdir is {} for this build (was {}); the JDK may have cached the old"
                            + " value for Files.createTempFile: to move that too, add -Djava.io.tmpdir={} to MAVEN_OPTS"
                            + " or .mvn/jvm.config",
                    directory.path(),
                    mavenTmpdir,
                    root.path());
        }
        return Optional.ofNullable(directory);
    }

    /** The fork agent's jar in the build's directory; call after {@link #directory()} returned one. */
    public synchronized Path agentJar() {
        return agentJar;
    }

    /**
     * Opens the root again with all its checks: a {@code clean} may have removed it since the build started, or
     * someone may have replaced it with a link.
     */
    private TempRoot reopenedRoot() throws IOException {
        return TempRoot.open(root.path()).rootOrThrow();
    }

    /** Removes (or keeps) the build's directory, logs what tests left, and restores the Maven JVM's temp dir. */
    public synchronized void end() {
        if (directory != null) {
            if (mavenTmpdir != null) {
                System.setProperty(TMPDIR, mavenTmpdir);
            }
            deleteAgentJar();
            logLeftovers(directory.finish());
        }
        root = null;
        directory = null;
        agentJar = null;
        mavenTmpdir = null;
    }

    /** Ours, not something tests left: it must not count in the leftovers. */
    private void deleteAgentJar() {
        try {
            Files.deleteIfExists(agentJar);
        } catch (IOException e) {
            LOG.debug("[devdrive] Cannot delete {}: {}", agentJar, e.getMessage());
        }
    }

    private static void logLeftovers(Leftovers left) {
        if (left.kept()) {
            LOG.info(
                    "[devdrive] Kept {} (devdrive.keep=true): {} files ({} bytes)",
                    left.directory(),
                    left.files(),
                    left.bytes());
            return;
        }
        LOG.info(
                "[devdrive] Removed {}: {} files ({} bytes) were left behind",
                left.directory(),
                left.files(),
                left.bytes());
        if (left.notDeleted() > 0) {
            LOG.warn(
                    "[devdrive] {} entries in {} could not be deleted (still open or not ours); a later build"
                            + " removes them once no build owns them",
                    left.notDeleted(),
                    left.directory());
        }
    }

    private static void logReclaimed(Reclaimed reclaimed) {
        if (reclaimed.directories() > 0) {
            LOG.debug(
                    "[devdrive] Reclaimed {} directories of builds that died: {} files ({} bytes)",
                    reclaimed.directories(),
                    reclaimed.files(),
                    reclaimed.bytes());
        }
    }
}
