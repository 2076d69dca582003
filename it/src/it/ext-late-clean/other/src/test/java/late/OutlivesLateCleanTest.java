package late;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Writes a temp file, then (with late.wait) waits until the aggregator's late clean and exec:java have run, and
 * checks that its temp directory and file are still there and that it can still create temp files.
 */
class OutlivesLateCleanTest {

    @Test
    void tempSurvivesTheAggregatorsLateClean() throws Exception {
        Path mine = Files.createTempFile("other", ".txt");
        Files.writeString(mine, "before the late clean");
        if (Boolean.getBoolean("late.wait")) {
            Path marker = Path.of(System.getProperty("late.marker"));
            // bounded: the aggregator runs on the other thread of -T 2 once lib is built
            for (int i = 0; i < 600 && !Files.exists(marker); i++) {
                Thread.sleep(200);
            }
            assertTrue(Files.exists(marker), "the aggregator's exec:java did not run while this fork was alive");
        }
        assertEquals("before the late clean", Files.readString(mine));
        Files.delete(Files.createTempFile("other", ".txt"));
        Files.delete(mine);
    }
}
