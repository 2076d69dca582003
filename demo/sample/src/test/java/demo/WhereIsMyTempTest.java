package demo;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WhereIsMyTempTest {

    @Test
    void showsWhereTemporaryFilesGo(@TempDir Path tempDir) throws Exception {
        Path file = Files.createTempFile("demo", ".txt");
        System.out.println("[demo] java.io.tmpdir = " + System.getProperty("java.io.tmpdir"));
        System.out.println("[demo] TMPDIR         = " + System.getenv("TMPDIR"));
        System.out.println("[demo] @TempDir       = " + tempDir);
        System.out.println("[demo] temp file      = " + file);
        assertTrue(Files.isDirectory(Path.of(System.getProperty("java.io.tmpdir"))));
        Files.delete(file);
    }
}
