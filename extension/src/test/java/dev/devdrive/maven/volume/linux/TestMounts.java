package dev.devdrive.maven.volume.linux;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Mounts small real file systems under a directory for a test, and unmounts them all on {@link #close()}.
 * Where mounting is not permitted (not Linux, not root, no CAP_SYS_ADMIN, no loop devices, no mkfs tool)
 * the test is skipped with the reason.
 */
final class TestMounts implements AutoCloseable {

    private final Path base;
    private final Deque<Path> mounted = new ArrayDeque<>();

    /** @param base an empty directory the mount points and images are created in */
    TestMounts(Path base) {
        assumeTrue(
                System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("linux"),
                "mounting is tested on Linux only");
        this.base = base;
    }

    /** Mounts a tmpfs of the given size ({@code 8m}) at {@code <base>/<name>}, or on top of what is there. */
    Path tmpfs(String name, String size) throws IOException {
        Path dir = Files.createDirectories(base.resolve(name));
        mount(dir, "-t", "tmpfs", "-o", "size=" + size, "tmpfs", dir.toString());
        return dir.toRealPath();
    }

    /** Bind-mounts a directory at {@code <base>/<name>}: the same file system seen at a second place. */
    Path bind(Path source, String name) throws IOException {
        Path dir = Files.createDirectories(base.resolve(name));
        mount(dir, "--bind", source.toString(), dir.toString());
        return dir.toRealPath();
    }

    /**
     * Formats a sparse image file with {@code mkfs.<type>} and loop-mounts it at {@code <base>/<name>}. xfs
     * needs at least 300 MB, btrfs 114 MB; the image takes only the blocks mkfs writes.
     */
    Path image(String name, String type, String size, String... mkfsOptions) throws IOException {
        Optional<Path> mkfs = tool("mkfs." + type);
        assumeTrue(mkfs.isPresent(), "mkfs." + type + " is not installed (apt-get install xfsprogs btrfs-progs)");
        Path image = base.resolve(name + ".img");
        succeed("truncate", "-s", size, image.toString());
        List<String> format = new ArrayList<>(List.of(mkfs.get().toString(), "-q"));
        format.addAll(List.of(mkfsOptions));
        format.add(image.toString());
        succeed(format.toArray(String[]::new));
        Path dir = Files.createDirectories(base.resolve(name));
        mount(dir, "-t", type, "-o", "loop", image.toString(), dir.toString());
        return dir.toRealPath();
    }

    /** Unmounts in reverse order, so stacked and nested mounts come off top first. */
    @Override
    public void close() throws IOException {
        List<String> failures = new ArrayList<>();
        while (!mounted.isEmpty()) {
            Path dir = mounted.pop();
            run("umount", dir.toString()).ifPresent(failures::add);
        }
        if (!failures.isEmpty()) {
            throw new IOException("could not unmount: " + failures);
        }
    }

    private void mount(Path dir, String... arguments) throws IOException {
        String[] command =
                Stream.concat(Stream.of("mount"), Stream.of(arguments)).toArray(String[]::new);
        Optional<String> failure = run(command);
        assumeTrue(
                failure.isEmpty(),
                () -> "mounting is not permitted here (needs root or CAP_SYS_ADMIN): " + failure.orElse(""));
        mounted.push(dir);
    }

    private static void succeed(String... command) throws IOException {
        Optional<String> failure = run(command);
        if (failure.isPresent()) {
            throw new IOException(failure.get());
        }
    }

    /** @return empty on success, otherwise what failed and the command's output */
    private static Optional<String> run(String... command) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            return Optional.of("cannot run " + command[0] + ": " + e.getMessage());
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return Optional.of(String.join(" ", command) + " timed out");
            }
            return process.exitValue() == 0
                    ? Optional.empty()
                    : Optional.of(
                            String.join(" ", command) + " -> exit " + process.exitValue() + ": " + output.strip());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted running " + command[0], e);
        }
    }

    /** mkfs tools live in sbin directories, which are not on every user's PATH. */
    private static Optional<Path> tool(String name) {
        String path = System.getenv().getOrDefault("PATH", "") + ":/usr/sbin:/sbin";
        return Stream.of(path.split(":"))
                .filter(dir -> !dir.isEmpty())
                .map(dir -> Path.of(dir, name))
                .filter(Files::isExecutable)
                .findFirst();
    }
}
