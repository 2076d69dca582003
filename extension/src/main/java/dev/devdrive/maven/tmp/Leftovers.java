package dev.devdrive.maven.tmp;

import java.nio.file.Path;
import java.util.List;

/**
 * What a build left in its temp directory, and what is still on disk after the clean-up, for the log at the end
 * of the build.
 *
 * @param directory       the build's directory
 * @param files           files (and links) found in it
 * @param bytes           their size
 * @param notDeleted      entries that could not be read or deleted
 * @param kept            true when nothing was deleted because the user asked to keep the files
 * @param remaining       entries found in the directory after the clean-up (its lock and marker files aside):
 *                        what could not be deleted and what a still running process wrote meanwhile
 * @param firstRemaining  the first of them, to name in the log
 * @param directoryStays  true when the directory itself is still there, marked for a later build to reclaim as
 *                        soon as its lock is free (or, when kept, never)
 */
public record Leftovers(
        Path directory,
        long files,
        long bytes,
        long notDeleted,
        boolean kept,
        long remaining,
        List<Path> firstRemaining,
        boolean directoryStays) {

    /** How many remaining entries the log names. */
    static final int NAMED = 5;

    public Leftovers {
        firstRemaining = List.copyOf(firstRemaining);
    }

    /** The counts alone: nothing remains unless something could not be deleted or the files were kept. */
    public Leftovers(Path directory, long files, long bytes, long notDeleted, boolean kept) {
        this(directory, files, bytes, notDeleted, kept, notDeleted, List.of(), kept || notDeleted > 0);
    }
}
