package dev.devdrive.maven.inject;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The main class of {@link WindowsCmdForkTest}'s forks: writes its {@code java.io.tmpdir} to a file, in UTF-8. */
public final class TmpdirReport {

    private TmpdirReport() {}

    public static void main(String[] args) throws IOException {
        Files.writeString(Path.of(args[0]), System.getProperty("java.io.tmpdir"), StandardCharsets.UTF_8);
    }
}
