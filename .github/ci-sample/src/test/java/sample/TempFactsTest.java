package sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Records where this forked test JVM puts temporary files. The temp file is deliberately not deleted: the
 * workflow checks that the extension removed it together with the build's temp directory.
 */
class TempFactsTest {

    @Test
    void recordsWhereTemporaryFilesGo() throws Exception {
        Path tempFile = Files.createTempFile("facts", ".tmp");
        Properties facts = new Properties();
        facts.setProperty("java.io.tmpdir", System.getProperty("java.io.tmpdir"));
        // An unset variable is recorded empty, which the checker reports as a failure.
        facts.setProperty("TMP", Objects.toString(System.getenv("TMP"), ""));
        facts.setProperty("TEMP", Objects.toString(System.getenv("TEMP"), ""));
        facts.setProperty("tempFile", tempFile.toAbsolutePath().toString());
        Path target = Path.of(System.getProperty("basedir", "."), "target");
        try (OutputStream out = Files.newOutputStream(target.resolve("tmp-facts.properties"))) {
            facts.store(out, "temp locations seen by a surefire fork");
        }
        assertTrue(Files.isRegularFile(tempFile));
    }
}
