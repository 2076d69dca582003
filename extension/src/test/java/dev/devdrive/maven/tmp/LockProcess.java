package dev.devdrive.maven.tmp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * Another process that takes a build lock, because a lock held by the test's own JVM says nothing about
 * how the locks behave between builds. Its {@code main} is the child; the static methods start it.
 */
final class LockProcess {

    private LockProcess() {}

    /** Child side: {@code hold <file>} locks and waits to be killed; {@code try <file>} prints free or held. */
    public static void main(String[] args) throws Exception {
        try (FileChannel channel = FileChannel.open(Path.of(args[1]), StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (args[0].equals("try")) {
                System.out.println(lock == null ? "held" : "free");
                return;
            }
            System.out.println(lock == null ? "held" : "locked");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }

    /** Starts a child that holds the lock on {@code lockFile}; returns once the lock is taken. */
    static Process hold(Path lockFile) throws IOException {
        Process child = start("hold", lockFile);
        String line = firstLine(child);
        if (!"locked".equals(line)) {
            child.destroyForcibly();
            throw new IllegalStateException("child could not lock " + lockFile + ": " + line);
        }
        return child;
    }

    /** Asks a child process whether {@code lockFile} is locked by some process: "held" or "free". */
    static String probe(Path lockFile) throws IOException, InterruptedException {
        Process child = start("try", lockFile);
        String line = firstLine(child);
        child.waitFor();
        return line;
    }

    private static Process start(String mode, Path lockFile) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        LockProcess.class.getName(),
                        mode,
                        lockFile.toString()))
                .redirectErrorStream(true)
                .start();
    }

    private static String firstLine(Process child) throws IOException {
        BufferedReader reader =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        return reader.readLine();
    }
}
