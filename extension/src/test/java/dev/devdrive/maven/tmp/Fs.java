package dev.devdrive.maven.tmp;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;

/** File system helpers for the tests: mode bits, ages, and commands that need root (skipped without it). */
final class Fs {

    private Fs() {}

    /** The permission bits, e.g. 0700, as the kernel reports them. */
    static int mode(Path path) throws IOException {
        return (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS) & 07777;
    }

    static Path directoryWithMode(Path path, String mode) throws IOException {
        Files.createDirectories(path);
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(mode));
        return path;
    }

    static Path write(Path file, int bytes) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.write(file, new byte[bytes]);
    }

    static Path writeText(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static void makeOld(Path path) throws IOException {
        Files.setLastModifiedTime(path, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
    }

    /**
     * Ages a lock file this JVM holds. Java sets times through an open descriptor, and closing any
     * descriptor of a process on a file drops that process's POSIX locks on it, so another process does it.
     */
    static void makeOldFromAnotherProcess(Path path) throws IOException, InterruptedException {
        runOrSkip("touch", "-d", "@" + Instant.now().minus(Duration.ofHours(2)).getEpochSecond(), path.toString());
    }

    /** Runs a command that may need privileges; the test is skipped with the reason when it fails. */
    static void runOrSkip(String... command) throws IOException, InterruptedException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            assumeTrue(false, "cannot run " + String.join(" ", command) + ": " + e);
            return;
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        assumeTrue(exit == 0, "not permitted here: " + String.join(" ", command) + " -> " + output.strip());
    }

    /** Runs a command to undo a privileged change; failures are ignored because the test already ran. */
    static void runQuietly(String... command) {
        try {
            new ProcessBuilder(command).redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            // nothing to undo when the command is missing
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
