package recorder;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstTempTest {

    @Test
    void recordsWhereTempGoes(@TempDir Path tempDir) throws Exception {
        TempRecorder.record(System.getProperty("observed.module") + "-" + getClass().getSimpleName(), tempDir);
    }
}
