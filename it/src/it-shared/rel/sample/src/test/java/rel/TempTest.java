package rel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Writes its own files to java.io.tmpdir and checks that they stay its own. What else it does is chosen with
 * system properties (Maven passes -D user properties on to the fork):
 * rel.id (name prefix of its files), rel.report (a properties file it writes what it saw to),
 * rel.barrier.dir and rel.barrier.count (wait until that many tests wrote a marker there),
 * rel.link.target (leave a link to this directory in the temp dir), rel.hold (write rel.report, then wait to be
 * killed), rel.fill (write into the temp dir until the volume is full), rel.tidy (for runs whose temp dir is the
 * machine's: do not expect it to hold only this test's files, and delete them at the end), rel.hook (when this JVM
 * shuts down, wait until its files were deleted, then write into hook-dir of the temp dir, re-creating it, for as
 * long as the Maven JVM lives, and once more after it ended: a test JVM that outlives its build's clean-up).
 */
class TempTest {

    private final String id = System.getProperty("rel.id", "solo");
    private final Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    private final Properties seen = new Properties();

    @Test
    void keepsItsOwnTempFiles() throws Exception {
        seen.setProperty("java.io.tmpdir", tmp.toString());
        seen.setProperty("env.TMPDIR", String.valueOf(System.getenv("TMPDIR")));
        seen.setProperty("tmpdir.mode", mode(tmp));
        if (tmp.getParent() != null) {
            seen.setProperty("tmpdir.parent.mode", mode(tmp.getParent()));
        }
        List<Path> mine = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Path file = Files.createTempFile(tmp, id + "-", ".txt");
            Files.writeString(file, id + " " + i);
            mine.add(file);
        }
        seen.setProperty("files", mine.stream().map(Path::toString).collect(Collectors.joining(",")));
        String linkTarget = System.getProperty("rel.link.target");
        if (linkTarget != null) {
            Path sub = Files.createDirectories(tmp.resolve(id + "-nested"));
            Files.createSymbolicLink(tmp.resolve(id + "-link"), Path.of(linkTarget));
            Files.createSymbolicLink(sub.resolve(id + "-link"), Path.of(linkTarget));
            Files.createSymbolicLink(sub.resolve(id + "-file-link"), Path.of(linkTarget, "precious.txt"));
        }
        if (Boolean.getBoolean("rel.hook")) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> writeAfterCleanUp(mine)));
        }
        report("started");

        if (Boolean.getBoolean("rel.hold")) {
            Thread.sleep(Duration.ofMinutes(5).toMillis());
            throw new AssertionError("rel.hold: this test should have been killed");
        }
        if (Boolean.getBoolean("rel.fill")) {
            fill();
        }
        String barrier = System.getProperty("rel.barrier.dir");
        if (barrier != null) {
            awaitOthers(Path.of(barrier), Integer.getInteger("rel.barrier.count"));
        }

        for (int i = 0; i < mine.size(); i++) {
            assertEquals(id + " " + i, Files.readString(mine.get(i)), "another build changed " + mine.get(i));
        }
        if (Boolean.getBoolean("rel.tidy")) {
            for (Path file : mine) {
                Files.delete(file);
            }
            report("finished");
            return;
        }
        try (Stream<Path> entries = Files.walk(tmp)) {
            List<String> foreign = entries.filter(p -> !p.equals(tmp))
                    .map(p -> tmp.relativize(p).toString())
                    .filter(name -> !name.startsWith(id + "-"))
                    .collect(Collectors.toList());
            assertTrue(foreign.isEmpty(), "files of someone else in my temp dir " + tmp + ": " + foreign);
        }
        report("finished");
    }

    /** Bounded waits only: a hook that never ends would hold the test JVM, and the IT then reports it. */
    private void writeAfterCleanUp(List<Path> mine) {
        ProcessHandle maven = ProcessHandle.current()
                .parent()
                .stream()
                .flatMap(parent -> Stream.iterate(parent, Objects::nonNull, p -> p.parent().orElse(null)))
                .filter(p -> p.info().commandLine().orElse("").contains("classworlds"))
                .findFirst()
                .orElse(ProcessHandle.current());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        try {
            while (mine.stream().anyMatch(Files::exists) && Instant.now().isBefore(deadline)) {
                Thread.sleep(20);
            }
            int written = 0;
            while (maven.isAlive() && maven != ProcessHandle.current() && Instant.now().isBefore(deadline)) {
                writeHookFile(written++);
                Thread.sleep(50);
            }
            writeHookFile(written);
        } catch (IOException | InterruptedException e) {
            // a hook cannot report; the IT sees what is on disk
        }
    }

    private void writeHookFile(int number) throws IOException {
        Path dir = tmp.resolve("hook-dir");
        new java.io.File(dir.toString()).mkdirs(); // as plain java.io code does, re-creating every parent
        Files.writeString(dir.resolve(id + "-hook-" + number + ".txt"), "written after the clean-up");
    }

    private void fill() throws IOException {
        byte[] chunk = new byte[1024 * 1024];
        Path file = tmp.resolve(id + "-filler.bin");
        report("filling");
        try (OutputStream out = Files.newOutputStream(file)) {
            while (true) {
                out.write(chunk);
            }
        }
    }

    private void awaitOthers(Path barrier, int count) throws Exception {
        Files.createDirectories(barrier);
        Files.writeString(barrier.resolve(id), tmp.toString());
        Instant deadline = Instant.now().plus(Duration.ofMinutes(4));
        while (list(barrier).size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("only " + list(barrier) + " of " + count + " builds ran at the same time");
            }
            Thread.sleep(100);
        }
        seen.setProperty("overlapped", String.join(",", list(barrier)));
    }

    private static List<String> list(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
        }
    }

    private static String mode(Path path) throws IOException {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
        } catch (UnsupportedOperationException e) {
            return "";
        }
    }

    private void report(String state) throws IOException {
        String file = System.getProperty("rel.report");
        if (file == null) {
            return;
        }
        seen.setProperty("state", state);
        for (Map.Entry<String, String> env : Map.of("TMP", "env.TMP", "TEMP", "env.TEMP").entrySet()) {
            seen.setProperty(env.getValue(), String.valueOf(System.getenv(env.getKey())));
        }
        Path target = Path.of(file);
        Files.createDirectories(target.getParent());
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            seen.store(out, id);
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
