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

    /** What one run did: {@code files} files in {@code nanos}. */
    record Done(int files, long nanos) {}

    /**
     * Works through up to {@code files} files, and stops early once {@code budgetNanos} have passed, so that a very
     * slow volume still takes seconds, not minutes.
     */
    static Done run(Path directory, int files, long budgetNanos) throws IOException {
        Path work = Files.createTempDirectory(directory, "devdrive-measure-");
        int done = 0;
        try {
            long start = System.nanoTime();
            long elapsed = 0;
            while (done < files && elapsed < budgetNanos) {
                Path file = work.resolve("f" + done);
                Files.write(file, CONTENT, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                if (!Arrays.equals(Files.readAllBytes(file), CONTENT)) {
                    throw new IOException("read back other bytes than written from " + file);
                }
                Files.delete(file);
                done++;
                elapsed = System.nanoTime() - start;
            }
            return new Done(done, elapsed);
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
