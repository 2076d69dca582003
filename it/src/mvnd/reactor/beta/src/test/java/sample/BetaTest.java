package sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BetaTest {
    @Test
    void recordsItsForkDirectoryAndHoldsWhenAsked() throws IOException, InterruptedException {
        File file = File.createTempFile("beta", ".tmp");
        assertTrue(file.delete());
        // What the lane checks: the fork's temp directory and, when it is a fork directory of the extension
        // (<b>/<module>/fork-<n>), its siblings (fork directories of this module) and the module directories.
        Path tmp = Paths.get(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        List<String> lines = new ArrayList<>();
        lines.add("tmpdir=" + tmp);
        if (tmp.getFileName() != null && tmp.getFileName().toString().startsWith("fork-")) {
            lines.add("forks=" + names(tmp.getParent()));
            lines.add("modules=" + names(tmp.getParent().getParent()));
        }
        Files.write(Paths.get("target", "observed.txt"), lines);
        String hold = System.getProperty("sample.hold");
        if (hold != null && !hold.isEmpty()) {
            Files.write(Paths.get(hold + ".started"), lines);
            for (int i = 0; i < 1200 && Files.exists(Paths.get(hold)); i++) {
                Thread.sleep(100);
            }
        }
    }

    private static String names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return String.join(",", entries.map(p -> p.getFileName().toString()).sorted().toArray(String[]::new));
        }
    }
}
