package dev.devdrive.maven.tmp;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The lock that marks a build directory as in use for the lifetime of the build. The operating system
 * drops it when the process dies, however it dies, which is what lets a later build tell a dead build's
 * directory from a live one.
 *
 * <p>The lock file is {@code <build dir>/.lock}: a directory and its lock come and go together, so
 * reclaiming needs nothing outside the root. When the root lies in the build directory, {@code mvn clean}
 * deletes the lock file with everything else. POSIX lets it delete an open file, and on Windows Java opens
 * files with FILE_SHARE_DELETE and a byte-range lock does not forbid deletion, so the clean is not made to
 * fail by the lock file itself; {@link #ensureHeld()} then re-creates and re-locks it.
 */
final class BuildLock {

    static final String FILE_NAME = ".lock";

    /**
     * Lock files held by this JVM. On POSIX, closing any channel of a process on a file releases all that
     * process's locks on it, so code in this JVM must never open a lock file listed here, not even to try
     * it and give up. Beware that {@code Files.setLastModifiedTime} opens the file too.
     */
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path file;
    private FileChannel channel;
    private Object fileKey;

    private BuildLock(Path file) {
        this.file = file;
    }

    /** Creates (or reuses) the lock file in {@code directory} and locks it. */
    static BuildLock acquire(Path directory) throws IOException {
        BuildLock lock = new BuildLock(lockFileOf(directory));
        lock.lock();
        return lock;
    }

    static Path lockFileOf(Path directory) {
        return directory.resolve(FILE_NAME).toAbsolutePath().normalize();
    }

    static boolean isHeldByThisJvm(Path lockFile) {
        return HELD.contains(lockFile.toAbsolutePath().normalize());
    }

    Path file() {
        return file;
    }

    /**
     * Locks again when the lock file is gone or replaced, typically because {@code mvn clean} deleted the
     * root in the middle of the build (Linux lets it delete an open file); the caller has re-created the
     * directory. Without this, the live build's directory would look dead to other builds.
     */
    synchronized void ensureHeld() throws IOException {
        if (channel != null && Objects.equals(currentKey(), fileKey) && Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        closeChannel();
        lock();
    }

    /** Releases the lock; with {@code deleteFile} the lock file is removed too. Never throws. */
    synchronized void release(boolean deleteFile) {
        closeChannel();
        if (deleteFile) {
            SafeTreeDeleter.deleteEntry(file);
        }
        HELD.remove(file);
    }

    private void lock() throws IOException {
        FileChannel opened =
                FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        try {
            FileLock acquired = opened.tryLock();
            if (acquired == null) {
                throw new IOException("lock file " + file + " is held by another process");
            }
        } catch (IOException | OverlappingFileLockException e) {
            opened.close();
            throw e instanceof IOException io ? io : new IOException("lock file " + file + " is already held", e);
        }
        HELD.add(file);
        channel = opened;
        fileKey = currentKey();
    }

    private Object currentKey() {
        try {
            Object key = Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS)
                    .fileKey();
            // fileKey() is always null on Windows, where a replaced lock file would otherwise look like ours
            return key != null || OwnerOnlyDirectories.isPosix(file.getFileSystem()) ? key : WindowsFileId.of(file);
        } catch (IOException | LinkageError e) {
            return null;
        }
    }

    private void closeChannel() {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // closing releases the lock even when it reports an error; nothing else to do
        }
        channel = null;
        fileKey = null;
    }
}
