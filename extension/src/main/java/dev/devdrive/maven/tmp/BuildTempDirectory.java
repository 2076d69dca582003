package dev.devdrive.maven.tmp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temp directory of one build, {@code <root>/b-<random>}, locked for the build's lifetime. Below it:
 * {@code <module>/fork-<n>} for each Surefire/Failsafe fork and {@code <module>/javac} for a forked javac. The Maven
 * JVM's own temp files never come here: the JDK caches the temp directory for the life of the JVM, which may
 * serve many builds (mvnd, an IDE), so a directory removed at the end of a build must never be its temp directory.
 * The directory methods are idempotent and thread-safe ({@code mvn -T}) and re-create whatever a
 * {@code mvn clean} removed, lock included; a directory they reuse must be a real directory of the current user,
 * owner-only, and the build's directory must carry its {@link Marker#BUILD}. Creating one also reclaims the
 * directories of dead builds.
 */
public final class BuildTempDirectory implements AutoCloseable {

    static final String PREFIX = "b-";
    static final String KEPT_MARKER = ".kept";

    /**
     * Written when a build ends with something left in its directory (a file it could not delete, or an interrupt
     * while forks may still write): a later build may reclaim it as soon as it can take the lock, without waiting
     * for the creation grace, which only protects directories still being set up.
     */
    static final String ENDED_MARKER = ".ended";

    /** Short: the paths end up in deep test trees, and Windows still limits many tools to 260 characters. */
    private static final int RANDOM_LENGTH = 8;

    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Names from {@code ModuleDirectoryName}, unique in the reactor; a leading dot is kept for the lock and marker.
     */
    private static final Pattern MODULE_NAME = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.+-]*");

    private final TempRoot root;
    private final Path path;
    private final boolean keep;
    private final BuildLock lock;
    private final Reclaimed reclaimed;
    private Leftovers leftovers;

    private BuildTempDirectory(TempRoot root, Path path, boolean keep, BuildLock lock, Reclaimed reclaimed) {
        this.root = root;
        this.path = path;
        this.keep = keep;
        this.lock = lock;
        this.reclaimed = reclaimed;
    }

    /**
     * Creates and locks a new build directory in {@code root}, then deletes the directories of dead builds.
     *
     * @param keep true to keep the files at {@link #finish()}; a kept directory is never reclaimed
     */
    public static BuildTempDirectory create(TempRoot root, boolean keep) throws IOException {
        Objects.requireNonNull(root, "root");
        Path path = createUniqueDirectory(root.path());
        BuildLock lock;
        try {
            lock = BuildLock.acquire(path);
        } catch (IOException e) {
            removeEmptied(path);
            throw e;
        }
        return new BuildTempDirectory(root, path, keep, lock, DeadBuildReclaimer.reclaim(root.path()));
    }

    public Path path() {
        return path;
    }

    /** What creating this directory removed from dead builds, for the caller to log. */
    public Reclaimed reclaimed() {
        return reclaimed;
    }

    /**
     * The files (and links, never followed) in the directory now, lock and markers aside, for a DEBUG listing.
     */
    public synchronized List<Path> files() {
        Set<Path> bookkeeping = bookkeeping(path);
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(entry -> !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS))
                    .filter(entry -> !bookkeeping.contains(entry))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** {@code <build dir>/<module>}, created if missing. */
    public synchronized Path moduleDirectory(String module) throws IOException {
        ensureBuildDirectory();
        return ownDirectory(path.resolve(checkedModuleName(module)));
    }

    /** {@code <build dir>/<module>/fork-<forkNumber>}, created if missing; fork numbers start at 1. */
    public synchronized Path forkDirectory(String module, int forkNumber) throws IOException {
        if (forkNumber < 1) {
            throw new IllegalArgumentException("fork numbers start at 1: " + forkNumber);
        }
        return child(module, "fork-" + forkNumber);
    }

    /** {@code fork-1} to {@code fork-<forkCount>} of the module, created if missing. */
    public synchronized List<Path> forkDirectories(String module, int forkCount) throws IOException {
        List<Path> directories = new ArrayList<>(forkCount);
        for (int fork = 1; fork <= forkCount; fork++) {
            directories.add(forkDirectory(module, fork));
        }
        return directories;
    }

    /** {@code <build dir>/<module>/javac}, created if missing. */
    public synchronized Path javacDirectory(String module) throws IOException {
        return child(module, "javac");
    }

    /** Same as {@link #finish()}, for try-with-resources; the counts stay available from {@code finish()}. */
    @Override
    public void close() {
        finish();
    }

    /**
     * Counts what the build's tests and forked tools left and deletes it (unless keep), then releases the lock.
     * What is still there afterwards is listed in the
     * answer and stays in the directory, marked so that the next build reclaims it once the lock is free. Never
     * throws; calling it again (or {@link #finishInterrupted()}) returns the same answer.
     */
    public synchronized Leftovers finish() {
        return finish(false);
    }

    /**
     * The build was interrupted (Ctrl-C, SIGTERM): as {@link #finish()}, but the directory itself stays, emptied
     * and marked as ended, even when nothing is left, because forks may still be writing in it (a test's shutdown
     * hook). A fork that re-creates its temp directory then writes into a directory the next build reclaims at once;
     * deleted, it would be re-created without the marker, and nothing would ever reclaim it.
     */
    public synchronized Leftovers finishInterrupted() {
        return finish(true);
    }

    private Leftovers finish(boolean forksMayWrite) {
        if (leftovers != null) {
            return leftovers;
        }
        Set<Path> bookkeeping = bookkeeping(path);
        if (keep) {
            SafeTreeDeleter.TreeCount count = SafeTreeDeleter.countContents(path, bookkeeping);
            markKept();
            lock.release(false);
            leftovers = new Leftovers(path, count.files(), count.bytes(), count.notDeleted(), true);
            return leftovers;
        }
        SafeTreeDeleter.TreeCount count = SafeTreeDeleter.deleteContents(path, bookkeeping);
        List<Path> remaining = SafeTreeDeleter.entries(path, bookkeeping);
        boolean stays = forksMayWrite || !remaining.isEmpty();
        if (stays) {
            markEnded(path);
            lock.release(false);
        } else {
            lock.release(true);
            stays = !removeEmptied(path);
            if (stays) {
                remaining = SafeTreeDeleter.entries(path, bookkeeping);
            }
        }
        leftovers = new Leftovers(
                path,
                count.files(),
                count.bytes(),
                count.notDeleted(),
                false,
                remaining.size(),
                remaining.subList(0, Math.min(Leftovers.NAMED, remaining.size())),
                stays);
        return leftovers;
    }

    /** The files in a build directory that are the extension's own: they go last, with the directory. */
    static Set<Path> bookkeeping(Path directory) {
        return Set.of(
                BuildLock.lockFileOf(directory),
                Marker.fileOf(directory),
                directory.resolve(ENDED_MARKER),
                directory.resolve(KEPT_MARKER));
    }

    /**
     * Removes an emptied build directory: its ended marker, lock file and marker, then the directory itself. When
     * something appeared in it meanwhile, it stays, marked again as the build directory it is and as ended.
     *
     * @return true when the directory is gone
     */
    static boolean removeEmptied(Path directory) {
        SafeTreeDeleter.deleteEntry(directory.resolve(ENDED_MARKER));
        SafeTreeDeleter.deleteEntry(BuildLock.lockFileOf(directory));
        SafeTreeDeleter.deleteEntry(Marker.fileOf(directory));
        if (SafeTreeDeleter.deleteEntry(directory)) {
            return true;
        }
        if (EntryKinds.NO_FOLLOW.orLink(directory) == EntryKind.DIRECTORY) {
            try {
                Marker.BUILD.write(directory);
            } catch (IOException e) {
                // still there when the write raced another: nothing better to do
            }
            markEnded(directory);
        }
        return false;
    }

    private Path child(String module, String name) throws IOException {
        return ownDirectory(moduleDirectory(module).resolve(name));
    }

    /** Creates {@code directory} owner-only, or checks the one that is there: never follows or adopts a link. */
    private Path ownDirectory(Path directory) throws IOException {
        if (!OwnerOnlyDirectories.createIfMissing(directory)) {
            OwnerOnlyDirectories.checkOwn(directory, root.owner());
        }
        return directory;
    }

    private void ensureBuildDirectory() throws IOException {
        if (leftovers != null) {
            throw new IllegalStateException("build temp directory " + path + " is closed");
        }
        EntryKind kind = EntryKinds.NO_FOLLOW.orLink(path);
        if (kind == EntryKind.LINK) {
            // On JDK 17-25 a junction put in its place reads as a directory: never write through it.
            throw new IOException("build temp directory " + path + " was replaced by a link or junction");
        }
        if (kind != EntryKind.DIRECTORY) {
            // mvn clean removed the root (it may live in the build directory): re-open it with all checks
            TempRoot reopened = root.reopen().rootOrThrow();
            if (!reopened.path().equals(root.path())) {
                throw new IOException("temp root " + root.path() + " was replaced by a directory the extension did"
                        + " not make; this build's temp directory is not made again");
            }
            OwnerOnlyDirectories.createMarked(path, Marker.BUILD);
        }
        OwnerOnlyDirectories.checkOwn(path, root.owner());
        if (!Marker.BUILD.isOn(path)) {
            throw new IOException("build temp directory " + path + " was re-created by something other than the"
                    + " extension (it has no " + Marker.FILE_NAME + " file)");
        }
        lock.ensureHeld();
    }

    private void markKept() {
        try {
            Files.createFile(path.resolve(KEPT_MARKER));
        } catch (FileAlreadyExistsException e) {
            // already marked
        } catch (IOException e) {
            // without the marker a later build may reclaim the kept files; nothing better to do here
        }
    }

    private static void markEnded(Path directory) {
        try {
            Files.createFile(directory.resolve(ENDED_MARKER));
        } catch (FileAlreadyExistsException e) {
            // already marked
        } catch (IOException e) {
            // without it the directory is still reclaimed, after the creation grace
        }
    }

    private static String checkedModuleName(String module) {
        if (module == null || !MODULE_NAME.matcher(module).matches()) {
            throw new IllegalArgumentException(
                    "module directory name must match " + MODULE_NAME.pattern() + ": " + module);
        }
        return module;
    }

    private static Path createUniqueDirectory(Path root) throws IOException {
        while (true) {
            Path candidate = root.resolve(PREFIX + randomName());
            if (OwnerOnlyDirectories.createMarked(candidate, Marker.BUILD)) {
                return candidate;
            }
        }
    }

    static String randomName() {
        StringBuilder name = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            name.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return name.toString();
    }
}
