package dev.devdrive.maven.tmp;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.DosFileAttributeView;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes or counts what is inside one directory without ever leaving it: links are not followed (a
 * symbolic link or junction is removed as a link, its target untouched), and files that vanish or cannot
 * be deleted are counted, never thrown, because a temp directory must not fail the build.
 */
final class SafeTreeDeleter {

    /** Files (anything but a directory), bytes of the regular ones, and entries that could not be handled. */
    record TreeCount(long files, long bytes, long notDeleted) {
        static final TreeCount NONE = new TreeCount(0, 0, 0);

        TreeCount plus(TreeCount other) {
            return new TreeCount(files + other.files, bytes + other.bytes, notDeleted + other.notDeleted);
        }
    }

    private SafeTreeDeleter() {}

    /** Deletes everything inside {@code base} except the files in {@code spare}; {@code base} itself stays. */
    static TreeCount deleteContents(Path base, Set<Path> spare) {
        return deleteContents(base, spare, EntryKinds.NO_FOLLOW);
    }

    static TreeCount deleteContents(Path base, Set<Path> spare, EntryKinds kinds) {
        return walk(base, spare, true, kinds);
    }

    /** Counts everything inside {@code base} except the files in {@code spare}, deleting nothing. */
    static TreeCount countContents(Path base, Set<Path> spare) {
        return walk(base, spare, false, EntryKinds.NO_FOLLOW);
    }

    /**
     * What is inside {@code base} now, the files in {@code spare} aside: every file, link and directory, sorted,
     * walked like a deletion (links are listed, never followed). A base that is not a real directory lists nothing.
     */
    static List<Path> entries(Path base, Set<Path> spare) {
        Visitor visitor = new Visitor(base, spare, false, EntryKinds.NO_FOLLOW);
        if (EntryKinds.NO_FOLLOW.orLink(base) == EntryKind.DIRECTORY) {
            try {
                Files.walkFileTree(base, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, visitor);
            } catch (IOException e) {
                // listed as far as it could be read
            }
        }
        return visitor.entries.stream().sorted().toList();
    }

    /** Deletes one entry; true when it is gone (also when it had already vanished). */
    static boolean deleteEntry(Path entry) {
        try {
            Files.deleteIfExists(entry);
            return true;
        } catch (AccessDeniedException e) {
            // once cleared, the attribute cannot deny the second attempt: a second denial ends here
            return clearedReadOnly(entry) && deleteEntry(entry);
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Windows refuses to delete an entry with the read-only attribute (Git makes its pack files read-only).
     * The attribute is cleared on the entry itself, never on a link's target.
     */
    private static boolean clearedReadOnly(Path entry) {
        if (OwnerOnlyDirectories.isPosix(entry.getFileSystem())) {
            return false; // the "dos" view of Linux is an extended attribute that never blocks a deletion
        }
        DosFileAttributeView view =
                Files.getFileAttributeView(entry, DosFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        try {
            if (view == null || !view.readAttributes().isReadOnly()) {
                return false;
            }
            view.setReadOnly(false);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A base that is not a real directory is not walked: when it was replaced by a link or junction, what
     * lies behind it is not ours. It counts as one entry not deleted.
     */
    private static TreeCount walk(Path base, Set<Path> spare, boolean delete, EntryKinds kinds) {
        EntryKind baseKind = kinds.orLink(base);
        if (baseKind == EntryKind.MISSING) {
            return TreeCount.NONE; // already gone, for example removed by mvn clean
        }
        if (baseKind != EntryKind.DIRECTORY) {
            return new TreeCount(0, 0, 1);
        }
        Visitor visitor = new Visitor(base, spare, delete, kinds);
        try {
            Files.walkFileTree(base, EnumSet.noneOf(FileVisitOption.class), Integer.MAX_VALUE, visitor);
        } catch (NoSuchFileException e) {
            // already gone, for example removed by mvn clean: nothing left to count
        } catch (IOException e) {
            visitor.notDeleted++;
        }
        return new TreeCount(visitor.files, visitor.bytes, visitor.notDeleted);
    }

    private static final class Visitor extends SimpleFileVisitor<Path> {
        private final Path base;
        private final Set<Path> spare;
        private final boolean delete;
        private final EntryKinds kinds;
        private long files;
        private long bytes;
        private long notDeleted;
        private final List<Path> entries = new ArrayList<>();

        Visitor(Path base, Set<Path> spare, boolean delete, EntryKinds kinds) {
            this.base = base;
            this.spare = spare;
            this.delete = delete;
            this.kinds = kinds;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
            if (!dir.startsWith(base)) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            // On JDK 17-25 a junction reads as a directory (JDK-8364277): the walker would descend into its
            // target. Remove the junction itself instead.
            if (!delete && !dir.equals(base)) {
                entries.add(dir);
            }
            if (!dir.equals(base) && kinds.orLink(dir) != EntryKind.DIRECTORY) {
                files++;
                remove(dir);
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
            if (spare.contains(file) || !file.startsWith(base) || file.equals(base)) {
                return FileVisitResult.CONTINUE;
            }
            files++;
            if (!delete) {
                entries.add(file);
            }
            if (attributes.isRegularFile()) {
                bytes += attributes.size();
            }
            remove(file);
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            if (!(e instanceof NoSuchFileException)) {
                notDeleted++;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path dir, IOException e) {
            if (!dir.equals(base)) {
                remove(dir);
            }
            return FileVisitResult.CONTINUE;
        }

        private void remove(Path entry) {
            if (delete && !deleteEntry(entry)) {
                notDeleted++;
            }
        }
    }
}
