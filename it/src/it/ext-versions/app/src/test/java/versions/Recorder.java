package versions;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/** Writes down, from inside a test fork, its temp directory and that of the forked javac that compiled it. */
final class Recorder {

    private Recorder() {}

    static void record() throws IOException {
        Path tmpdir = Path.of(System.getProperty("java.io.tmpdir"));
        Properties observed = new Properties();
        observed.setProperty("java.io.tmpdir", tmpdir.toString());
        observed.setProperty("tmpdir.existed", String.valueOf(Files.isDirectory(tmpdir)));
        observed.setProperty("env.TMPDIR", System.getenv().getOrDefault("TMPDIR", ""));
        Files.delete(Files.createTempFile("versions", ".txt"));
        try (InputStream javac = Recorder.class.getResourceAsStream("/javac-tmpdir.txt")) {
            observed.setProperty(
                    "javac.tmpdir", javac == null ? "" : new String(javac.readAllBytes(), StandardCharsets.UTF_8));
        }
        Path out = Path.of(System.getProperty("observed.file"));
        Files.createDirectories(out.getParent());
        try (OutputStream stream = Files.newOutputStream(out)) {
            observed.store(stream, null);
        }
    }
}
