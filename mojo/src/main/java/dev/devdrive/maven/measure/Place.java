package dev.devdrive.maven.measure;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A directory to measure small-file work in.
 *
 * @param name      what it is, for example {@code java.io.tmpdir}
 * @param directory where the files go (the work happens in a new directory inside it)
 */
public record Place(String name, Path directory) {

    public Place {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(directory, "directory");
    }
}
