package dev.devdrive.maven.tmp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/** Reads the {@link EntryKind} of a path without following links; the seam that lets tests play junctions. */
interface EntryKinds {

    /** The file system's own answer: basic attributes, plus the Windows attributes where they exist. */
    EntryKinds NO_FOLLOW = path -> {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException e) {
            return EntryKind.MISSING;
        }
        return EntryKind.of(attributes, windowsAttributes(path));
    };

    /** @throws IOException when the entry exists but cannot be examined */
    EntryKind of(Path path) throws IOException;

    /** Reading fails safe: an entry whose kind cannot be read is treated as a link, never walked into. */
    default EntryKind orLink(Path path) {
        try {
            return of(path);
        } catch (IOException | RuntimeException e) {
            return EntryKind.LINK;
        }
    }

    private static int windowsAttributes(Path path) throws IOException {
        // Linux offers a "dos" view too, but keeps it in an extended attribute that means nothing there.
        if (OwnerOnlyDirectories.isPosix(path.getFileSystem())
                || !path.getFileSystem().supportedFileAttributeViews().contains("dos")) {
            return 0;
        }
        return (Integer) Files.getAttribute(path, "dos:attributes", LinkOption.NOFOLLOW_LINKS);
    }
}
