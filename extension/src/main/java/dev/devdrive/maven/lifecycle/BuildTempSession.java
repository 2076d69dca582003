package dev.devdrive.maven.lifecycle;

import dev.devdrive.maven.inject.ForkNumbers;
import dev.devdrive.maven.tmp.BuildTempDirectory;
import dev.devdrive.maven.tmp.Leftovers;
import dev.devdrive.maven.tmp.Reclaimed;
import dev.devdrive.maven.tmp.TempRoot;
import java.io.IOException;
import java.util.Optional;
import java.util.stream.Collectors;
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
    private String mavenTmpdir;
    private Thread interruptHook;

    /** Kept from build to build: in a Maven JVM that runs several builds, Surefire's fork numbers carry on. */
    private final ForkNumbers forkNumbers = new ForkNumbers();

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
            interruptHook = new Thread(this::interrupted, "devdrive-interrupted-build");
            Runtime.getRuntime().addShutdownHook(interruptHook);
            mavenTmpdir = System.getProperty(TMPDIR);
            // Surefire creates its Windows booter directory, and plexus-compiler the forked javac's argument file,
            // in the Maven JVM's temp directory, reading this property when they run.
            System.setProperty(TMPDIR, mavenJvmDirectory(directory));
            LOG.debug(
                    "[devdrive] Maven JVM java.io.tmpdir is {} for this build (was {}); the JDK may have cached the old"
                            + " value for Files.createTempFile: to move that too, add -Djava.io.tmpdir={} to MAVEN_OPTS"
                            + " or .mvn/jvm.config",
                    System.getProperty(TMPDIR),
                    mavenTmpdir,
                    root.path());
        } else if (directory != null) {
            // a clean in the build may have removed it since
            mavenJvmDirectory(directory);
        }
        return Optional.ofNullable(directory);
    }

    /** Where the Maven JVM's temp files go; the build's directory itself when the subdirectory cannot be made. */
    private static String mavenJvmDirectory(BuildTempDirectory directory) {
        try {
            return directory.mavenJvmDirectory().toString();
        } catch (IOException | RuntimeException e) {
            LOG.debug(
                    "[devdrive] Cannot create the Maven JVM's temp directory in {}: {}",
                    directory.path(),
                    e.toString());
            return directory.path().toString();
        }
    }

    /**
     * A Surefire or Failsafe execution is about to fork: creates {@code fork-1} up to the highest number any fork
     * can now get, in its module and in every module whose forks are running, since this execution's forks may
     * push theirs up too. Call after {@link #directory()} returned one.
     */
    public synchronized void forksStarting(Object execution, String module, int forkCount) throws IOException {
        int highest = forkNumbers.started(execution, module, forkCount);
        for (String running : forkNumbers.runningModules()) {
            directory.forkDirectories(running, highest);
        }
    }

    /** The execution's forks have ended. */
    public synchronized void forksEnded(Object execution) {
        forkNumbers.ended(execution);
    }

    /**
     * Opens the root again with all its checks: a {@code clean} may have removed it since the build started, or
     * someone may have replaced it with a link.
     */
    private TempRoot reopenedRoot() throws IOException {
        return root.reopen().rootOrThrow();
    }

    /** Removes (or keeps) the build's directory, logs what tests left, and restores the Maven JVM's temp dir. */
    public synchronized void end() {
        if (interruptHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(interruptHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook waits for this method and finds nothing left to do
            }
        }
        if (directory != null) {
            if (mavenTmpdir != null) {
                System.setProperty(TMPDIR, mavenTmpdir);
            }
            finishDirectory();
        }
        root = null;
        directory = null;
        mavenTmpdir = null;
        interruptHook = null;
    }

    /**
     * The JVM shuts down before the session ended: Ctrl-C, SIGTERM, or a plugin calling {@code System.exit}. What is
     * in the build's directory is deleted now, as far as it can be, but forks may still be writing into it (Surefire
     * stops them from a shutdown hook of its own, and a test's own hook may write on): the directory stays, marked
     * so that the next build reclaims it, and whatever was written meanwhile, as soon as the lock is free.
     */
    private synchronized void interrupted() {
        if (directory != null) {
            LOG.warn(
                    "[devdrive] Build interrupted: deleting the files in {}; forks may still write in it, so it stays"
                            + " for the next build to reclaim",
                    directory.path());
            logFiles();
            logLeftovers(directory.finishInterrupted());
            directory = null;
        }
        // Maven's threads run on until the JVM halts: no mojo may start a new build directory now.
        root = null;
    }

    private void finishDirectory() {
        logFiles();
        logLeftovers(directory.finish());
    }

    private void logFiles() {
        if (LOG.isDebugEnabled()) {
            directory.files().forEach(file -> LOG.debug("[devdrive] Left in the build's temp directory: {}", file));
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
        if (!left.directoryStays()) {
            LOG.info(
                    "[devdrive] Removed {}: {} files ({} bytes) were left behind",
                    left.directory(),
                    left.files(),
                    left.bytes());
            return;
        }
        // never "Removed" while anything is still there: what is on disk, named
        LOG.warn(
                "[devdrive] Not removed: {} ({} files, {} bytes, were left behind; {} entries remain in it{}); it is"
                        + " marked for the next build to reclaim as soon as this build's lock is free",
                left.directory(),
                left.files(),
                left.bytes(),
                left.remaining(),
                remainingNames(left));
    }

    private static String remainingNames(Leftovers left) {
        if (left.firstRemaining().isEmpty()) {
            return "";
        }
        String names = left.firstRemaining().stream()
                .map(path -> left.directory().relativize(path).toString())
                .collect(Collectors.joining(", ", ": ", ""));
        return left.remaining() > left.firstRemaining().size() ? names + ", ..." : names;
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
