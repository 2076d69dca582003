package dev.devdrive.maven.tmp;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;

/**
 * Deletes the directories that builds which died without cleaning up left in a temp root. Only a real directory
 * named {@code b-*} that carries {@link Marker#BUILD} is ever a candidate: what the extension did not make is not
 * touched, whatever its name and age.
 */
final class DeadBuildReclaimer {

    /**
     * A build creates its directory, then its lock file, then locks it: for a moment the directory has no
     * lock file, or an unlocked one. That moment is milliseconds, but on an overloaded machine a process
     * can stall, so anything younger than this is treated as being created and left alone. Waiting costs
     * only disk space until a later build; deleting a live build's directory would break its tests. A directory
     * marked as ended ({@link BuildTempDirectory#ENDED_MARKER}) is past that moment and needs no grace.
     */
    static final Duration CREATION_GRACE = Duration.ofMinutes(10);

    private DeadBuildReclaimer() {}

    static Reclaimed reclaim(Path root) {
        return reclaim(root, EntryKinds.NO_FOLLOW);
    }

    static Reclaimed reclaim(Path root, EntryKinds kinds) {
        int directories = 0;
        SafeTreeDeleter.TreeCount count = SafeTreeDeleter.TreeCount.NONE;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root, BuildTempDirectory.PREFIX + "*")) {
            for (Path entry : entries) {
                // A junction named b-* reads as a directory on JDK 17-25: its target is not a dead build.
                if (kinds.orLink(entry) == EntryKind.DIRECTORY && Marker.BUILD.isOn(entry) && isDead(entry)) {
                    SafeTreeDeleter.TreeCount deleted = reclaimLocked(entry, kinds);
                    if (deleted != null) {
                        directories++;
                        count = count.plus(deleted);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            // reclaiming is housekeeping: a root that cannot be listed must not stop the build
        }
        return new Reclaimed(directories, count.files(), count.bytes(), count.notDeleted());
    }

    /** Cheap checks that need no lock: kept, held by this JVM, or too young (unless its build ended). */
    private static boolean isDead(Path directory) {
        Path lockFile = BuildLock.lockFileOf(directory);
        if (BuildLock.isHeldByThisJvm(lockFile)
                || Files.exists(directory.resolve(BuildTempDirectory.KEPT_MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.exists(directory.resolve(BuildTempDirectory.ENDED_MARKER), LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        Path ageWitness = Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS) ? lockFile : directory;
        return !isYoung(ageWitness);
    }

    /** Deletes the directory when its lock can be taken; null when it belongs to a live process. */
    private static SafeTreeDeleter.TreeCount reclaimLocked(Path directory, EntryKinds kinds) {
        Path lockFile = BuildLock.lockFileOf(directory);
        if (!Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)) {
            return deleteDirectory(directory, kinds);
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS)) {
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                return null; // held elsewhere in this JVM
            }
            if (lock == null) {
                return null; // held by a live process
            }
            SafeTreeDeleter.TreeCount count =
                    SafeTreeDeleter.deleteContents(directory, BuildTempDirectory.bookkeeping(directory), kinds);
            channel.close();
            return deleteDirectory(directory, kinds).plus(count);
        } catch (NoSuchFileException e) {
            return null; // another build reclaimed it at the same moment
        } catch (IOException e) {
            return null; // the lock cannot be tried, so the directory may be live: leave it, try the others
        }
    }

    private static SafeTreeDeleter.TreeCount deleteDirectory(Path directory, EntryKinds kinds) {
        SafeTreeDeleter.TreeCount count =
                SafeTreeDeleter.deleteContents(directory, BuildTempDirectory.bookkeeping(directory), kinds);
        long notDeleted = count.notDeleted();
        // the lock file is reached through the directory: not when it has just been swapped for a junction;
        // with something left in it, its marker and lock file stay for the next try
        if (kinds.orLink(directory) != EntryKind.DIRECTORY
                || notDeleted > 0
                || !BuildTempDirectory.removeEmptied(directory)) {
            notDeleted++;
        }
        return new SafeTreeDeleter.TreeCount(count.files(), count.bytes(), notDeleted);
    }

    private static boolean isYoung(Path path) {
        try {
            Instant modified =
                    Files.getLastModifiedTime(path, LinkOption.NOFOLLOW_LINKS).toInstant();
            return modified.isAfter(Instant.now().minus(CREATION_GRACE));
        } catch (IOException e) {
            return true; // vanished or unreadable: not ours to judge now
        }
    }
}
