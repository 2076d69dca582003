package dev.devdrive.maven.tmp;

import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a directory entry is, for deciding whether it may be walked into. A junction or any other reparse
 * point counts as a link: on JDK 17 to 25 {@code isDirectory()} is true for an NTFS junction even when
 * links are not followed (JDK-8364277), so a directory test alone would walk through it into its target.
 */
enum EntryKind {
    /** A real directory: the only kind that is ever walked into. */
    DIRECTORY,
    /** A symbolic link, junction or other reparse point: removed as itself, never walked through. */
    LINK,
    /** Anything else: a regular file, a FIFO, a device. */
    FILE,
    MISSING;

    /** {@code FILE_ATTRIBUTE_REPARSE_POINT} ({@code winnt.h}). */
    static final int FILE_ATTRIBUTE_REPARSE_POINT = 0x400;

    /**
     * @param attributes    read without following links
     * @param dosAttributes the Windows file attributes ({@code dos:attributes}), 0 where there are none
     */
    static EntryKind of(BasicFileAttributes attributes, int dosAttributes) {
        // OpenJDK's Windows attributes: isOther() is "device or reparse point" unless the entry is a
        // symbolic link; a junction is a directory with the reparse-point attribute.
        boolean reparsePoint = (dosAttributes & FILE_ATTRIBUTE_REPARSE_POINT) != 0;
        if (attributes.isSymbolicLink() || reparsePoint || (attributes.isDirectory() && attributes.isOther())) {
            return LINK;
        }
        return attributes.isDirectory() ? DIRECTORY : FILE;
    }
}
