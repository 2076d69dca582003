package consumer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Records the forked JVM's java.io.tmpdir in target/fork-tmpdir.txt for .ci/release-check, after writing there. */
class TmpdirTest {

    @Test
    void writesToItsTmpdir() throws Exception {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path file = Files.createTempFile(tmp, "consumer-", ".txt");
        assertTrue(Files.isRegularFile(file), file::toString);
        Files.writeString(Path.of(System.getProperty("basedir"), "target", "fork-tmpdir.txt"), tmp.toString());
    }
}
