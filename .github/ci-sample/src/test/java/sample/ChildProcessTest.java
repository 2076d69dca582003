package sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Run by the workflow's odd-path job only ({@code -Dsample.child=true}): leaves a child JVM running that holds a
 * file open in this fork's temp directory, as a test that starts a server and forgets it does; then waits until
 * the workflow has listed this fork with {@code jps} (it creates {@code target/jps-listed}) so that the listing
 * happens while the fork runs. Windows refuses to delete a file a process holds open.
 */
@EnabledIfSystemProperty(named = "sample.child", matches = "true")
class ChildProcessTest {

    @Test
    void leavesAChildProcessHoldingATempFile() throws Exception {
        Path target = Path.of(System.getProperty("basedir", "."), "target");
        Path held = Files.createTempFile("held", ".tmp");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(
                        java, "-cp", System.getProperty("java.class.path"), Holder.class.getName(), held.toString())
                // not the fork's streams: Surefire reads those, and a child holding them open would stall it
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(child.isAlive());
        Files.writeString(target.resolve("fork-running"), Long.toString(ProcessHandle.current().pid()));
        Path listed = target.resolve("jps-listed");
        // bounded, and not an assertion: the workflow fails the job when jps did not list the fork
        for (int i = 0; i < 600 && !Files.exists(listed); i++) {
            TimeUnit.MILLISECONDS.sleep(200);
        }
    }
}
