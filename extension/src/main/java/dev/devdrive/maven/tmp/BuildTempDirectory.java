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
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The temp directory of one build, {@code <root>/b-<random>}, locked for the build's lifetime. Below it:
 * {@code <module>/fork-<n>} for each Surefire/Failsafe fork and {@code <module>/javac} for a forked javac. The Maven
 * JVM's own temp files never come here: the JDK caches the temp directory for the life of the JVM, which may
 * serve many builds (mvnd, an IDE), so a directory removed at the end of a build must never be its temp directory.
 * The directory methods are idempotent and thread-safe ({@code mvn -T}) and re-create whatever a
 * {@code mvn clean} removed, lock included. Creating one also reclaims the directories of dead builds.
 */
public final class BuildTempDirectory implements AutoCloseable {

    static final String PREFIX = "b-";
    static final String KEPT_MARKER = ".kept";

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
            SafeTreeDeleter.deleteEntry(path);
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
     * The files (and links, never followed) in the directory now, lock and marker aside, for a DEBUG listing.
     */
    public synchronized List<Path> files() {
        try (Stream<Path> walk = Files.walk(path)) {
            return walk.filter(entry -> !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS))
                    .filter(entry -> !entry.equals(lock.file()) && !entry.equals(path.resolve(KEPT_MARKER)))
                    .sorted()
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of();
        }
    }

    /** {@code <build dir>/<module>}, created if missing. */
    public synchronized Path moduleDirectory(String module) throws IOException {
        ensureBuildDirectory();
        Path directory = path.resolve(checkedModuleName(module));
        OwnerOnlyDirectories.createIfMissing(directory);
        return directory;
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
     * Never throws; calling it again returns the same answer.
     */
    public synchronized Leftovers finish() {
        if (leftovers != null) {
            return leftovers;
        }
        SafeTreeDeleter.TreeCount count;
        if (keep) {
            count = SafeTreeDeleter.countContents(path, lock.file());
            markKept();
            lock.release(false);
        } else {
            count = SafeTreeDeleter.deleteContents(path, lock.file());
            // Whatever could not go stays with its lock file, whose age tells a later build that it may reclaim it.
            lock.release(count.notDeleted() == 0);
            if (!SafeTreeDeleter.deleteEntry(path)) {
                count = count.plus(new SafeTreeDeleter.TreeCount(0, 0, 1));
            }
        }
        leftovers = new Leftovers(path, count.files(), count.bytes(), count.notDeleted(), keep);
        return leftovers;
    }

    private Path child(String module, String name) throws IOException {
        Path directory = moduleDirectory(module).resolve(name);
        OwnerOnlyDirectories.createIfMissing(directory);
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
            root.reopen().rootOrThrow();
            OwnerOnlyDirectories.createIfMissing(path);
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
            if (OwnerOnlyDirectories.createIfMissing(candidate)) {
                return candidate;
            }
        }
    }

    private static String randomName() {
        StringBuilder name = new StringBuilder(RANDOM_LENGTH);
        for (int i = 0; i < RANDOM_LENGTH; i++) {
            name.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return name.toString();
    }
}
