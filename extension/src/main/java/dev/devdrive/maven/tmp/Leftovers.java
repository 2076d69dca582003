package dev.devdrive.maven.tmp;

import java.nio.file.Path;

/**
 * What a build left in its temp directory, for one log line at the end of the build.
 *
 * @param directory  the build's directory
 * @param files      files (and links) found in it
 * @param bytes      their size
 * @param notDeleted entries that could not be read or deleted (they stay on disk)
 * @param kept       true when nothing was deleted because the user asked to keep the files
 */
public record Leftovers(Path directory, long files, long bytes, long notDeleted, boolean kept) {}
