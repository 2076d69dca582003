package sample;

import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class AlphaTest {
    @Test
    void writesATempFileAndSomeOutput() throws IOException {
        // Output of a forked test passes through Surefire's deferred files in the Maven JVM.
        for (int i = 0; i < 20; i++) {
            System.out.println("alpha output line " + i);
        }
        File file = File.createTempFile("alpha", ".tmp");
        assertTrue(file.delete());
    }

    @Test
    void failsWhenAsked() {
        assertNotEquals("true", System.getProperty("sample.fail"), "-Dsample.fail=true");
    }
}
