package dev.devdrive.maven.volume.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.VolumeFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinuxVolumeProbeTest {

    @TempDir
    Path tmp;

    private static final List<String> MOUNTS = List.of(
            "1 0 8:1 / / rw - ext4 /dev/sda1 rw",
            "2 1 0:54 / /mnt/c rw,noatime - 9p C:\\134 rw,aname=drvfs",
            "3 1 8:17 / /media/usb ro,nosuid - vfat /dev/sdb1 ro",
            "4 1 0:60 / /srv/share rw - nfs4 server:/export rw",
            "5 1 0:25 / /dev/shm rw - tmpfs tmpfs rw");

    private final Map<String, String> sys = Map.of(
            "/sys/dev/block/8:17/../removable", "1",
            "/sys/dev/block/8:1/../removable", "0");

    private final LinuxVolumeProbe probe = new LinuxVolumeProbe(() -> MOUNTS, p -> Optional.ofNullable(sys.get(p)));

    @Test
    void theSystemVolume() throws IOException {
        assertThat(probe.volumeRoot(Path.of("/home/jo/src"))).isEqualTo("/");

        VolumeFacts facts = probe.describe("/", tmp);

        assertThat(facts.id()).isEqualTo("dev:8:1");
        assertThat(facts.fileSystem()).isEqualTo("ext4");
        assertThat(facts.remote()).isFalse();
        assertThat(facts.removable()).isFalse();
        assertThat(facts.devDrive()).isEqualTo(Answer.no("Dev Drive exists only on Windows"));
        assertThat(facts.blockCloning().state()).isEqualTo(Answer.State.NO);
        assertThat(facts.totalBytes()).isPositive();
        assertThat(facts.notes()).isEmpty();
    }

    @Test
    void aWindowsDriveSeenFromWslIsRemoteAndSlow() {
        VolumeFacts facts = probe.describe("/mnt/c", tmp);

        assertThat(facts.fileSystem()).isEqualTo("9p");
        assertThat(facts.remote()).isTrue();
        assertThat(facts.notes()).singleElement().asString().contains("Linux file system");
    }

    @Test
    void aRemovableReadOnlyStick() {
        VolumeFacts facts = probe.describe("/media/usb", tmp);

        assertThat(facts.removable()).isTrue();
        assertThat(facts.notes()).contains("mounted read-only");
    }

    @Test
    void networkAndMemoryFileSystemsCarryAWarning() {
        assertThat(probe.describe("/srv/share", tmp).notes())
                .singleElement()
                .asString()
                .startsWith("nfs4:");
        assertThat(probe.describe("/dev/shm", tmp).notes())
                .singleElement()
                .asString()
                .contains("in memory");
    }

    @Test
    void withoutMountinfoTheJdkAnswers() throws IOException {
        LinuxVolumeProbe restricted = new LinuxVolumeProbe(
                () -> {
                    throw new UncheckedIOException(new IOException("Permission denied"));
                },
                p -> Optional.empty());

        String root = restricted.volumeRoot(tmp.toRealPath());

        assertThat(tmp.toRealPath().startsWith(root)).isTrue();
        assertThat(restricted.describe(root, tmp.toRealPath()).fileSystem()).isNotEmpty();
    }

    @Test
    void aPathNoMountContainsIsAnError() {
        LinuxVolumeProbe odd =
                new LinuxVolumeProbe(() -> List.of("2 1 0:25 / /tmp rw - tmpfs tmpfs rw"), p -> Optional.empty());

        assertThatThrownBy(() -> odd.volumeRoot(Path.of("/home/jo"))).isInstanceOf(IOException.class);
    }
}
