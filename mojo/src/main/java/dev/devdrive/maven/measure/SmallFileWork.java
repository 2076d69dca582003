package dev.devdrive.maven.measure;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * The work a test suite does with temp files, the file-system edge of {@code devdrive.measure}: in a new
 * directory of its own, each file is created, written (4 KB), read back and deleted. Deletes only what it
 * created, by name, and never follows a link.
 */
final class SmallFileWork {

    static final int FILE_BYTES = 4096;

    private static final byte[] CONTENT = content();

    private SmallFileWork() {}

    /** @return the nanoseconds {@code files} files took */
    static long run(Path directory, int files) throws IOException {
        Path work = Files.createTempDirectory(directory, "devdrive-measure-");
        int done = 0;
        try {
            long start = System.nanoTime();
            for (; done < files; done++) {
                Path file = work.resolve("f" + done);
                Files.write(file, CONTENT, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                if (!Arrays.equals(Files.readAllBytes(file), CONTENT)) {
                    throw new IOException("read back other bytes than written from " + file);
                }
                Files.delete(file);
            }
            return System.nanoTime() - start;
        } finally {
            Files.deleteIfExists(work.resolve("f" + done));
            Files.deleteIfExists(work);
        }
    }

    private static byte[] content() {
        byte[] content = new byte[FILE_BYTES];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) ('a' + i % 26);
        }
        return content;
    }
}
