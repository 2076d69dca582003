package dev.devdrive.maven.volume.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.JdkVolumeProbe;
import dev.devdrive.maven.volume.VolumeFacts;
import dev.devdrive.maven.volume.VolumeProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** The probe on a made-up mountinfo and sysfs that name real directories, so the JDK parts work too. */
@EnabledOnOs(OS.LINUX)
class LinuxVolumeProbeTest {

    @TempDir
    Path tmp;

    private Path mountInfo;
    private Path sys;
    private Path dir;

    @BeforeEach
    void setUp() throws IOException {
        mountInfo = tmp.resolve("mountinfo");
        sys = Files.createDirectory(tmp.resolve("sys"));
        dir = Files.createDirectories(tmp.resolve("mnt/c")).toRealPath();
    }

    @Test
    void describesTheMountThePathIsOn() throws IOException {
        mountInfo("79 27 0:53 / " + dir + " rw,noatime - 9p C:\\134 rw,dirsync,aname=drvfs;path=C:\\;uid=1000");
        Path file = Files.createFile(dir.resolve("pom.xml"));

        VolumeFacts facts = describe(file);

        assertThat(facts.id()).isEqualTo("0:53");
        assertThat(facts.root()).isEqualTo(dir.toString());
        assertThat(facts.fileSystem()).isEqualTo("9p");
        assertThat(facts.totalBytes()).isPositive();
        assertThat(facts.freeBytes()).isBetween(0L, facts.totalBytes());
        assertThat(facts.remote()).isTrue();
        assertThat(facts.removable()).isFalse();
        assertThat(facts.devDrive()).isEqualTo(Answer.no("Dev Drive exists only on Windows"));
        assertThat(facts.trusted()).isEqualTo(Answer.no("Dev Drive exists only on Windows"));
        assertThat(facts.blockCloning().state()).isEqualTo(Answer.State.NO);
        assertThat(facts.notes())
                .containsExactly("9p: WSL view of a Windows drive, slow: move the project into the Linux file system");
    }

    @Test
    void readsMountInfoAgainForEveryPathSoNewMountsAreSeen() throws IOException {
        mountInfo("1 0 254:0 / / rw - ext4 /dev/vda rw");
        LinuxVolumeProbe probe = probe();
        assertThat(probe.volumeRoot(dir)).isEqualTo("/");

        mountInfo("1 0 254:0 / / rw - ext4 /dev/vda rw", "2 1 0:60 / " + dir + " rw - tmpfs tmpfs rw,size=8192k");

        assertThat(probe.volumeRoot(dir)).isEqualTo(dir.toString());
        assertThat(probe.describe(dir.toString(), dir).notes()).containsExactly("tmpfs: in memory, lost at reboot");
    }

    @Test
    void onePassReadsMountInfoOnceAndTheNextPassReadsItAgain() throws IOException {
        mountInfo("1 0 254:0 / / rw - ext4 /dev/vda rw", "2 1 0:60 / " + dir + " rw - tmpfs tmpfs rw,size=8192k");
        VolumeProbe pass = probe().forOnePass();
        assertThat(pass.volumeRoot(dir)).isEqualTo(dir.toString());

        Files.delete(mountInfo);

        assertThat(pass.describe(dir.toString(), dir).fileSystem()).isEqualTo("tmpfs");
        mountInfo("1 0 254:0 / / rw - ext4 /dev/vda rw");
        assertThat(probe().forOnePass().volumeRoot(dir)).isEqualTo("/");
    }

    @Test
    void aRemovableDiskIsFoundThroughItsPartition() throws IOException {
        Path disk = Files.createDirectories(sys.resolve("devices/usb1/block/sdb"));
        Files.writeString(disk.resolve("removable"), "1\n");
        Files.createDirectories(disk.resolve("sdb1"));
        Files.createDirectories(sys.resolve("dev/block"));
        Files.createSymbolicLink(sys.resolve("dev/block/8:17"), disk.resolve("sdb1"));
        mountInfo("2 1 8:17 / " + dir + " rw - vfat /dev/sdb1 rw");

        assertThat(describe(dir).removable()).isTrue();
    }

    @Test
    void aFixedWholeDiskIsNotRemovable() throws IOException {
        Files.createDirectories(sys.resolve("dev/block/254:0"));
        Files.writeString(sys.resolve("dev/block/254:0/removable"), "0\n");
        mountInfo("2 1 254:0 / " + dir + " rw - ext4 /dev/vda rw");

        assertThat(describe(dir).removable()).isFalse();
    }

    @Test
    void aFileSystemOnAnAnonymousDeviceIsFoundThroughItsSource() throws IOException {
        Path disk = Files.createDirectories(sys.resolve("devices/usb1/block/sdz"));
        Files.writeString(disk.resolve("removable"), "1\n");
        Files.createDirectories(disk.resolve("sdz1"));
        Files.createDirectories(sys.resolve("class/block"));
        Files.createSymbolicLink(sys.resolve("class/block/sdz1"), disk.resolve("sdz1"));
        mountInfo("2 1 0:39 / " + dir + " rw - btrfs /dev/sdz1 rw,subvolid=5,subvol=/");

        VolumeFacts facts = describe(dir);

        assertThat(facts.removable()).isTrue();
        assertThat(facts.id()).isEqualTo("0:39");
        assertThat(facts.blockCloning().state()).isEqualTo(Answer.State.YES);
    }

    @Test
    void withoutSysfsNothingIsRemovable() throws IOException {
        mountInfo("2 1 8:17 / " + dir + " rw - ext4 /dev/sdb1 rw");

        assertThat(describe(dir).removable()).isFalse();
    }

    @Test
    void anXfsMountThatIsNotReallyXfsGivesUnknownBlockCloning() throws IOException {
        mountInfo("2 1 7:0 / " + dir + " rw - xfs /dev/loop0 rw");

        Answer cloning = describe(dir).blockCloning();

        assertThat(cloning.state()).isEqualTo(Answer.State.UNKNOWN);
        assertThat(cloning.reason()).startsWith("xfs: ");
    }

    @Test
    void withoutMountInfoItDetectsLikeTheJdk() throws IOException {
        LinuxVolumeProbe probe = probe();
        JdkVolumeProbe jdk = new JdkVolumeProbe();
        String root = jdk.volumeRoot(dir);

        assertThat(probe.volumeRoot(dir)).isEqualTo(root);
        assertSameVolume(probe.describe(root, dir), jdk.describe(root, dir));
    }

    @Test
    void withAMalformedMountInfoItDetectsLikeTheJdk() throws IOException {
        mountInfo("this is not mountinfo");
        JdkVolumeProbe jdk = new JdkVolumeProbe();
        String root = jdk.volumeRoot(dir);

        assertThat(probe().volumeRoot(dir)).isEqualTo(root);
        assertSameVolume(probe().describe(root, dir), jdk.describe(root, dir));
    }

    /**
     * Two readings of a shared volume: everything but the free space, which other processes change between them
     * (both readings are still checked to be plausible on their own).
     */
    private static void assertSameVolume(VolumeFacts actual, VolumeFacts expected) {
        assertThat(actual)
                .usingRecursiveComparison()
                .ignoringFields("freeBytes")
                .isEqualTo(expected);
        assertThat(actual.freeBytes()).isBetween(0L, actual.totalBytes());
        assertThat(expected.freeBytes()).isBetween(0L, expected.totalBytes());
    }

    private VolumeFacts describe(Path path) throws IOException {
        LinuxVolumeProbe probe = probe();
        return probe.describe(probe.volumeRoot(path), path);
    }

    private LinuxVolumeProbe probe() {
        return new LinuxVolumeProbe(mountInfo, sys);
    }

    private void mountInfo(String... lines) throws IOException {
        Files.write(mountInfo, List.of(lines));
    }
}
