package sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class InProcessTempFileTest {
    @Test
    void createsATempFileInTheMavenJvm() throws IOException {
        File file = File.createTempFile("mvnd-lane", ".tmp");
        assertTrue(file.delete());
    }
}
