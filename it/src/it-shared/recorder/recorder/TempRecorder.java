package recorder;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * Writes down, from inside a forked test JVM, where its temporary files go: the ITs assert on these files,
 * not only on log text. Shared by every ext-* sample project through its testSourceDirectory.
 */
final class TempRecorder {

    private TempRecorder() {}

    static void record(String testName, Path tempDir) throws IOException {
        Path tmpdir = Path.of(System.getProperty("java.io.tmpdir"));
        Properties observed = new Properties();
        observed.setProperty("java.io.tmpdir", tmpdir.toString());
        observed.setProperty("tmpdir.existed", String.valueOf(Files.isDirectory(tmpdir)));
        observed.setProperty("fork", System.getProperty("fork", ""));
        observed.setProperty("marker", System.getProperty("marker", ""));
        for (String name : new String[] {"TMP", "TEMP", "TMPDIR"}) {
            observed.setProperty("env." + name, System.getenv().getOrDefault(name, ""));
        }
        observed.setProperty("tempDir", tempDir.toString());
        Path tempFile = Files.createTempFile("recorder", ".txt");
        Files.writeString(tempFile, "written by " + testName);
        observed.setProperty("tempFile", tempFile.toString());
        Files.delete(tempFile);
        java.io.File legacyTempFile = java.io.File.createTempFile("recorder", ".txt");
        observed.setProperty("legacyTempFile", legacyTempFile.getPath());
        Files.delete(legacyTempFile.toPath());
        observed.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
        // The JVM's own start, on the clock of "recorded" below. ProcessHandle's startInstant is not: on Linux it
        // is boot time (whole seconds) plus clock ticks, 0.7 s behind currentTimeMillis on one CI machine, which
        // made a fork that started after another ended look as if the two had run at once.
        observed.setProperty(
                "forkStarted", String.valueOf(ManagementFactory.getRuntimeMXBean().getStartTime()));
        if (Files.getFileStore(tmpdir).supportsFileAttributeView("posix")) {
            observed.setProperty(
                    "tmpdir.permissions", PosixFilePermissions.toString(Files.getPosixFilePermissions(tmpdir)));
        }
        if (!Boolean.getBoolean("recorder.tidy")) {
            Files.writeString(tmpdir.resolve("left-by-" + testName + ".txt"), "a file a test forgot to delete");
        }
        Path out = Path.of(System.getProperty("observed.dir"), testName + ".properties");
        Files.createDirectories(out.getParent());
        observed.setProperty("recorded", String.valueOf(System.currentTimeMillis()));
        try (OutputStream stream = Files.newOutputStream(out)) {
            observed.store(stream, null);
        }
    }
}
