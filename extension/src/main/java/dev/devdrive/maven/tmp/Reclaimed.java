package dev.devdrive.maven.tmp;

/**
 * What was deleted from the temp directories of builds that died without cleaning up (kill -9, power loss).
 *
 * @param directories build directories removed
 * @param files       files (and links) deleted in them
 * @param bytes       their size
 * @param notDeleted  entries that could not be deleted (a later build tries again)
 */
public record Reclaimed(int directories, long files, long bytes, long notDeleted) {

    static final Reclaimed NONE = new Reclaimed(0, 0, 0, 0);
}
