package dev.devdrive.maven.lifecycle;

import dev.devdrive.maven.inject.ForkNumbers;
import dev.devdrive.maven.policy.BuildFactsCollector;
import dev.devdrive.maven.policy.RootCandidate;
import dev.devdrive.maven.policy.RootRefusal;
import dev.devdrive.maven.policy.TempRootDecision;
import dev.devdrive.maven.tmp.BuildTempDirectory;
import dev.devdrive.maven.tmp.Leftovers;
import dev.devdrive.maven.tmp.Reclaimed;
import dev.devdrive.maven.tmp.TempRoot;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The temp state of one build (one {@code MavenSession}), made when the build decided to redirect and dropped with
 * the session. Nothing is created until a mojo needs it: a root is opened and a build directory made just before
 * the first mojo that forks, so a {@code clean} earlier in the build cannot remove it, and a build that forks
 * nothing, or an IDE that only imports the project, leaves no directory, lock or shutdown hook behind.
 */
final class BuildTempSession {

    private static final Logger LOG = LoggerFactory.getLogger(BuildTempSession.class);

    private final TempRootDecision decision;
    private final boolean keep;
    private final Path projectDirectory;
    private final ForkNumbers<ModuleForks> forkNumbers;

    /** Each root tried, by path: opened, or empty once refused (its warning is logged once). */
    private final Map<Path, Optional<TempRoot>> roots = new HashMap<>();

    private final Map<TempRoot, BuildTempDirectory> directories = new LinkedHashMap<>();
    private Thread interruptHook;
    private boolean ended;

    /** A module's directory in one build directory, whose {@code fork-<n>} directories a fork may need. */
    private record ModuleForks(BuildTempDirectory directory, String module) {}

    /**
     * @param highestForkNumber the highest fork number Surefire may already hand out in this JVM
     */
    BuildTempSession(TempRootDecision decision, boolean keep, Path projectDirectory, int highestForkNumber) {
        this.decision = decision;
        this.keep = keep;
        this.projectDirectory = projectDirectory;
        this.forkNumbers = new ForkNumbers<>(highestForkNumber);
    }

    /**
     * The build directory for a module whose Maven build directory is {@code moduleBuildDirectory}, made on first
     * use in the first root that can be opened; empty when none can, or the build has ended.
     */
    synchronized Optional<BuildTempDirectory> directoryFor(Path moduleBuildDirectory) {
        if (ended) {
            return Optional.empty();
        }
        Path buildDirectory = BuildFactsCollector.realPath(moduleBuildDirectory);
        for (RootCandidate candidate : decision.rootCandidates()) {
            Path rootPath = candidate.pathFor(buildDirectory);
            Optional<TempRoot> root = roots.computeIfAbsent(rootPath, this::open);
            if (root.isEmpty()) {
                continue;
            }
            BuildTempDirectory directory = directories.get(root.get());
            if (directory == null) {
                directory = create(rootPath, root.get());
            }
            if (directory != null) {
                return Optional.of(directory);
            }
        }
        return Optional.empty();
    }

    private Optional<TempRoot> open(Path candidate) {
        return TempRoot.open(candidate, projectDirectory).root(refused -> {
            // a module's root refused when the build started was a WARNING then already
            if (!decision.refusedRoots().contains(new RootRefusal(refused.path(), refused.reason()))) {
                LOG.warn(
                        "[devdrive] Temp root {} refused: {}; forks that would use it keep their usual temp directory",
                        refused.path(),
                        refused.reason());
            }
        });
    }

    /** @param rootPath the candidate's path, under which a root that fails here is remembered as unusable */
    private BuildTempDirectory create(Path rootPath, TempRoot root) {
        BuildTempDirectory directory;
        try {
            directory = BuildTempDirectory.create(root, keep);
        } catch (IOException | RuntimeException e) {
            LOG.warn(
                    "[devdrive] Cannot create the build's temp directory in {}: {}; temp stays where it was."
                            + " Set devdrive.tmpRoot to a writable directory or devdrive.mode=off.",
                    root.path(),
                    e.getMessage());
            // keyed as the candidate was: the opened root's real path may differ (a namespace, 8.3 or link names)
            roots.put(rootPath, Optional.empty());
            return null;
        }
        directories.put(root, directory);
        logReclaimed(directory.reclaimed());
        if (interruptHook == null) {
            interruptHook = new Thread(this::interrupted, "devdrive-interrupted-build");
            Runtime.getRuntime().addShutdownHook(interruptHook);
        }
        return directory;
    }

    /**
     * A Surefire or Failsafe execution of {@code project} is about to fork: creates {@code fork-1} up to the highest
     * number any fork can now get, in its module and in every module whose forks are running, since this
     * execution's forks may push theirs up too.
     *
     * @return the highest fork number, for the JVM-wide record
     */
    synchronized int forksStarting(Object project, BuildTempDirectory directory, String module, int forkCount)
            throws IOException {
        int highest = forkNumbers.started(project, new ModuleForks(directory, module), forkCount);
        for (ModuleForks running : forkNumbers.runningModules()) {
            running.directory().forkDirectories(running.module(), highest);
        }
        return highest;
    }

    /** The project's forking mojo has ended (or failed). */
    synchronized void forksEnded(Object project) {
        forkNumbers.ended(project);
    }

    /** Removes (or keeps) the build's directories and logs what tests left; nothing is made after this. */
    synchronized void end() {
        if (interruptHook != null) {
            try {
                Runtime.getRuntime().removeShutdownHook(interruptHook);
            } catch (IllegalStateException e) {
                // the JVM is already shutting down: the hook waits for this method and finds nothing left to do
            }
            interruptHook = null;
        }
        finishDirectories(false);
        ended = true;
    }

    /**
     * The JVM shuts down before the session ended: Ctrl-C, SIGTERM, or a plugin calling {@code System.exit}. What is
     * in the build's directories is deleted now, as far as it can be, but forks may still be writing into them
     * (Surefire stops them from a shutdown hook of its own, and a test's own hook may write on): the directories
     * stay, marked so that the next build reclaims them, and whatever was written meanwhile, as soon as the lock is
     * free.
     */
    private synchronized void interrupted() {
        // Maven's threads run on until the JVM halts: no mojo may start a new build directory now.
        ended = true;
        directories
                .values()
                .forEach(directory -> LOG.warn(
                        "[devdrive] Build interrupted: deleting the files in {}; forks may still write in it, so it stays"
                                + " for the next build to reclaim",
                        directory.path()));
        finishDirectories(true);
    }

    private void finishDirectories(boolean interrupted) {
        List<Leftovers> left = new ArrayList<>();
        for (BuildTempDirectory directory : directories.values()) {
            if (LOG.isDebugEnabled()) {
                directory.files().forEach(file -> LOG.debug("[devdrive] Left in the build's temp directory: {}", file));
            }
            left.add(interrupted ? directory.finishInterrupted() : directory.finish());
        }
        directories.clear();
        if (!left.isEmpty()) {
            logLeftovers(left);
        }
    }

    /**
     * One line for the build, however many build directories (one per module in build-directory roots), and a
     * warning for each directory that stays: never "Removed" while anything is still there.
     */
    private static void logLeftovers(List<Leftovers> left) {
        String where = left.size() == 1
                ? left.get(0).directory().toString()
                : left.stream().map(l -> l.directory().getFileName().toString()).collect(Collectors.joining(", "))
                        + " in " + left.size() + " modules' build directories";
        long files = left.stream().mapToLong(Leftovers::files).sum();
        long bytes = left.stream().mapToLong(Leftovers::bytes).sum();
        if (left.size() > 1) {
            left.forEach(l -> LOG.debug("[devdrive] {}: {} files ({} bytes)", l.directory(), l.files(), l.bytes()));
        }
        if (left.get(0).kept()) {
            LOG.info("[devdrive] Kept {} (devdrive.keep=true): {} files ({} bytes)", where, files, bytes);
            return;
        }
        List<Leftovers> staying =
                left.stream().filter(Leftovers::directoryStays).toList();
        if (staying.isEmpty()) {
            LOG.info("[devdrive] Removed {}: {} files ({} bytes) were left behind", where, files, bytes);
        }
        for (Leftovers l : staying) {
            LOG.warn(
                    "[devdrive] Not removed: {} ({} files, {} bytes, were left behind; {} entries remain in it{}); it"
                            + " is marked for the next build to reclaim as soon as this build's lock is free",
                    l.directory(),
                    l.files(),
                    l.bytes(),
                    l.remaining(),
                    remainingNames(l));
        }
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
