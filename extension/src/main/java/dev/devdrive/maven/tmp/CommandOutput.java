package dev.devdrive.maven.tmp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The lines a system command prints, for the few facts the JDK cannot read (account databases, POSIX ACLs). */
final class CommandOutput {

    private CommandOutput() {}

    /**
     * Runs {@code command} and returns what it printed; an exit code in {@code emptyExitCodes} means an empty
     * answer, any other but 0 is a failure.
     */
    static List<String> lines(List<String> command, List<Integer> emptyExitCodes) throws IOException {
        Process process = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            process.getOutputStream().close();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(1, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException(String.join(" ", command) + " did not answer");
            }
            int exit = process.exitValue();
            if (emptyExitCodes.contains(exit)) {
                return List.of();
            }
            if (exit != 0) {
                throw new IOException(String.join(" ", command) + " failed with exit code " + exit);
            }
            return output.lines().toList();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            throw new IOException("interrupted while running " + command.get(0), e);
        }
    }
}
