package dev.devdrive.maven.volume.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.PathVolume;
import dev.devdrive.maven.volume.VolumeDetector;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real file systems, mounted for the test: needs Linux and the right to mount (root or CAP_SYS_ADMIN), and
 * mkfs.xfs / mkfs.btrfs for the loop images. Skips, saying why, where any of that is missing.
 */
class RealMountsTest {

    @TempDir
    Path tmp;

    private final List<Path> mounted = new ArrayList<>();

    @BeforeEach
    void linuxOnly() {
        assumeTrue(System.getProperty("os.name").startsWith("Linux"), "mount points of Linux only");
    }

    @AfterEach
    void unmount() throws Exception {
        for (int i = mounted.size() - 1; i >= 0; i--) {
            run("umount", mounted.get(i).toString());
        }
    }

    @Test
    void tmpfsIsSeenWithItsMountPointSizeAndWarning() throws Exception {
        Path dir = mount("tmpfs", "-t", "tmpfs", "-o", "size=8m", "tmpfs");
        VolumeDetector detector = new VolumeDetector(LinuxVolumeProbe.forThisMachine());

        PathVolume inside = detector.detect(dir.resolve("not/yet/there"));

        assertThat(inside.volume().root()).isEqualTo(dir.toRealPath().toString());
        assertThat(inside.volume().fileSystem()).isEqualTo("tmpfs");
        assertThat(inside.volume().totalBytes()).isEqualTo(8L * 1024 * 1024);
        assertThat(inside.volume().notes()).anyMatch(note -> note.contains("in memory"));
        assertThat(detector.sameVolume(dir, tmp).state()).isEqualTo(Answer.State.NO);
        assertThat(detector.sameVolume(dir, dir.resolve("a")).state()).isEqualTo(Answer.State.YES);
    }

    @Test
    void aLoopMountedXfsImage() throws Exception {
        Path dir = mountImage("xfs", 300, "mkfs.xfs", "-q");
        PathVolume volume = new VolumeDetector(LinuxVolumeProbe.forThisMachine()).detect(dir);

        assertThat(volume.volume().fileSystem()).isEqualTo("xfs");
        assertThat(volume.volume().root()).isEqualTo(dir.toRealPath().toString());
        assertThat(volume.volume().id()).startsWith("dev:7:");
        assertThat(volume.volume().blockCloning().isUnknown()).isTrue();
    }

    @Test
    void aLoopMountedBtrfsImageClonesBlocks() throws Exception {
        Path dir = mountImage("btrfs", 128, "mkfs.btrfs", "-q");
        PathVolume volume = new VolumeDetector(LinuxVolumeProbe.forThisMachine()).detect(dir.resolve("x"));

        assertThat(volume.volume().fileSystem()).isEqualTo("btrfs");
        assertThat(volume.volume().blockCloning().isYes()).isTrue();
        assertThat(volume.volume().freeBytes()).isPositive();
    }

    @Test
    void aSymlinkIntoAMountIsResolvedToTheMount() throws Exception {
        Path dir = mount("tmpfs", "-t", "tmpfs", "-o", "size=1m", "tmpfs");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), dir);

        PathVolume volume = new VolumeDetector(LinuxVolumeProbe.forThisMachine()).detect(link);

        assertThat(volume.realPath()).isEqualTo(dir.toRealPath());
        assertThat(volume.volume().fileSystem()).isEqualTo("tmpfs");
    }

    private Path mountImage(String type, int megabytes, String mkfs, String quiet) throws Exception {
        assumeTrue(onPath(mkfs), mkfs + " is not installed (Debian package " + type + "-progs or xfsprogs)");
        Path image = tmp.resolve(type + ".img");
        try (RandomAccessFile file = new RandomAccessFile(image.toFile(), "rw")) {
            file.setLength(megabytes * 1024L * 1024L);
        }
        assumeTrue(run(mkfs, quiet, image.toString()) == 0, mkfs + " failed");
        return mount(type, "-o", "loop", image.toString());
    }

    private Path mount(String name, String... arguments) throws Exception {
        Path dir = Files.createDirectory(tmp.resolve(name + "-mount"));
        List<String> command = new ArrayList<>(List.of("mount"));
        command.addAll(List.of(arguments));
        command.add(dir.toString());
        int exit = run(command.toArray(String[]::new));
        assumeTrue(exit == 0, "mounting is not permitted here (needs root or CAP_SYS_ADMIN): mount exited " + exit);
        mounted.add(dir);
        return dir;
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return Files.isExecutable(Path.of("/usr/sbin", program)) || Files.isExecutable(Path.of("/sbin", program));
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return process.waitFor();
    }
}
