package dev.devdrive.maven.volume.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.PathVolume;
import dev.devdrive.maven.volume.VolumeDetection;
import dev.devdrive.maven.volume.VolumeFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The probe on real file systems mounted for the test; skipped where mounting is not permitted. */
class LinuxVolumeProbeMountTest {

    private static final long MIB = 1024 * 1024;

    @TempDir
    Path tmp;

    private TestMounts mounts;
    private VolumeDetection detector;

    @BeforeEach
    void setUp() {
        mounts = new TestMounts(tmp);
        detector = new VolumeDetection(LinuxVolumeProbe.forThisMachine());
    }

    @AfterEach
    void unmount() throws IOException {
        if (mounts != null) { // null when not on Linux: the test was skipped before mounting anything
            mounts.close();
        }
    }

    @Test
    void tmpfs() throws IOException {
        Path dir = mounts.tmpfs("tmpfs", "8m");
        Path sub = Files.createDirectory(dir.resolve("sub"));

        PathVolume found = detector.detect(sub.resolve("not-yet/created"));

        VolumeFacts facts = found.volume();
        assertThat(facts.root()).isEqualTo(dir.toString());
        assertThat(facts.id()).isEqualTo(device(dir));
        assertThat(facts.fileSystem()).isEqualTo("tmpfs");
        assertThat(facts.totalBytes()).isEqualTo(8 * MIB);
        assertThat(facts.freeBytes()).isBetween(7 * MIB, 8 * MIB);
        assertThat(facts.remote()).isFalse();
        assertThat(facts.removable()).isFalse();
        assertThat(facts.devDrive().state()).isEqualTo(Answer.State.NO);
        assertThat(facts.blockCloning().state()).isEqualTo(Answer.State.NO);
        assertThat(facts.notes()).containsExactly("tmpfs: in memory, lost at reboot");
        assertThat(detector.sameVolume(sub, dir).state()).isEqualTo(Answer.State.YES);
        assertThat(detector.sameVolume(dir, tmp).state()).isEqualTo(Answer.State.NO);
    }

    @Test
    void mountPointWithASpaceInItsName() throws IOException {
        Path dir = mounts.tmpfs("with space", "8m");

        assertThat(detector.detect(dir.resolve("x")).volume().root()).isEqualTo(dir.toString());
    }

    @Test
    void ofTwoMountsOnOneDirectoryTheTopOneIsReported() throws IOException {
        mounts.tmpfs("stacked", "4m");
        Path dir = mounts.tmpfs("stacked", "8m");

        VolumeFacts facts = detector.detect(dir).volume();

        assertThat(facts.totalBytes()).isEqualTo(8 * MIB);
        assertThat(facts.id()).isEqualTo(device(dir));
    }

    @Test
    void aBindMountIsTheSameVolumeAtAnotherRoot() throws IOException {
        Path dir = mounts.tmpfs("tmpfs", "8m");
        Path bound = mounts.bind(Files.createDirectory(dir.resolve("sub")), "bound");

        assertThat(detector.detect(bound).volume().root()).isEqualTo(bound.toString());
        assertThat(detector.sameVolume(bound, dir).state()).isEqualTo(Answer.State.YES);
    }

    @Test
    void xfsWithReflink() throws IOException {
        Path dir = mounts.image("xfs", "xfs", "300M", "-m", "reflink=1");

        VolumeFacts facts = detector.detect(dir.resolve("target")).volume();

        assertThat(facts.root()).isEqualTo(dir.toString());
        assertThat(facts.id()).isEqualTo(device(dir));
        assertThat(facts.fileSystem()).isEqualTo("xfs");
        assertThat(facts.totalBytes()).isBetween(200 * MIB, 300 * MIB);
        assertThat(facts.removable()).isFalse();
        assertThat(facts.notes()).isEmpty();
        assertThat(facts.blockCloning()).isEqualTo(Answer.yes("xfs formatted with reflink=1 clones blocks"));
        assertThat(detector.sameVolume(dir, tmp).state()).isEqualTo(Answer.State.NO);
    }

    @Test
    void xfsWithoutReflink() throws IOException {
        Path dir = mounts.image("xfs", "xfs", "300M", "-m", "reflink=0");

        assertThat(detector.detect(dir).volume().blockCloning())
                .isEqualTo(Answer.no("xfs formatted with reflink=0 cannot clone blocks"));
    }

    @Test
    void btrfs() throws IOException {
        Path dir = mounts.image("btrfs", "btrfs", "120M");

        VolumeFacts facts = detector.detect(dir).volume();

        assertThat(facts.root()).isEqualTo(dir.toString());
        assertThat(facts.id()).matches("0:\\d+");
        assertThat(facts.fileSystem()).isEqualTo("btrfs");
        assertThat(facts.totalBytes()).isBetween(100 * MIB, 120 * MIB);
        assertThat(facts.blockCloning().state()).isEqualTo(Answer.State.YES);
        assertThat(detector.sameVolume(dir.resolve("a"), dir.resolve("b")).state())
                .isEqualTo(Answer.State.YES);
    }

    /** The device number as stat(2) gives it, decoded like glibc's major() and minor(). */
    private static String device(Path path) throws IOException {
        long dev = (Long) Files.getAttribute(path, "unix:dev");
        long major = ((dev >>> 8) & 0xfff) | ((dev >>> 32) & ~0xfffL);
        long minor = (dev & 0xff) | ((dev >>> 12) & ~0xffL);
        return major + ":" + minor;
    }
}
