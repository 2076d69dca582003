package dev.devdrive.maven.volume.linux;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.VolumeKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LinuxFileSystemsTest {

    @ParameterizedTest
    @ValueSource(strings = {"tmpfs", "ramfs"})
    void inMemoryFileSystemsAreLostAtReboot(String type) {
        MountInfoEntry mount = mount(type, "rw");

        assertThat(LinuxFileSystems.notes(mount)).containsExactly(type + ": in memory, lost at reboot");
        assertThat(LinuxFileSystems.kind(mount, false)).isEqualTo(VolumeKind.IN_MEMORY);
    }

    @ParameterizedTest
    @CsvSource({"9p, 'rw,dirsync,aname=drvfs;path=C:\\;uid=1000'", "drvfs, 'rw,case=off'", "v9fs, rw"})
    void wslWindowsDrivesAreRemoteAndSlow(String type, String superOptions) {
        MountInfoEntry mount = mount(type, superOptions);

        assertThat(LinuxFileSystems.kind(mount, false)).isEqualTo(VolumeKind.WSL_WINDOWS_DRIVE);
        assertThat(LinuxFileSystems.notes(mount))
                .containsExactly(
                        type + ": WSL view of a Windows drive, slow: move the project into the Linux file system");
    }

    @ParameterizedTest
    @ValueSource(strings = {"nfs", "nfs4", "cifs", "smb3", "fuse.sshfs"})
    void networkFileSystemsAreRemote(String type) {
        MountInfoEntry mount = mount(type, "rw");

        assertThat(LinuxFileSystems.kind(mount, false)).isEqualTo(VolumeKind.NETWORK);
        assertThat(LinuxFileSystems.notes(mount))
                .containsExactly(type + ": a network file system, slow for temporary files");
    }

    @ParameterizedTest
    @CsvSource({"9p, 'rw,trans=virtio', HOST_SHARE", "overlay, 'rw,lowerdir=/l,upperdir=/u,workdir=/w', CONTAINER_LAYER"
    })
    void otherSharedOrLayeredFileSystemsGetTheirOwnWarning(String type, String superOptions, VolumeKind kind) {
        assertThat(LinuxFileSystems.kind(mount(type, superOptions), false)).isEqualTo(kind);
        assertThat(LinuxFileSystems.notes(mount(type, superOptions)))
                .singleElement()
                .asString()
                .startsWith(type + ": ")
                .doesNotContain("WSL");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ext4", "xfs", "btrfs", "zfs"})
    void localDisksNeedNoWarning(String type) {
        MountInfoEntry mount = mount(type, "rw");

        assertThat(LinuxFileSystems.notes(mount)).isEmpty();
        assertThat(LinuxFileSystems.kind(mount, false)).isEqualTo(VolumeKind.LOCAL);
        assertThat(LinuxFileSystems.kind(mount, true)).isEqualTo(VolumeKind.REMOVABLE);
    }

    @ParameterizedTest
    @CsvSource({"btrfs, YES", "xfs, UNKNOWN", "ext4, NO", "tmpfs, NO", "9p, NO", "overlay, UNKNOWN", "zfs, UNKNOWN"})
    void blockCloning(String type, Answer.State expected) {
        Answer answer = LinuxFileSystems.blockCloning(type);

        assertThat(answer.state()).isEqualTo(expected);
        assertThat(answer.reason()).contains(type);
    }

    private static MountInfoEntry mount(String type, String superOptions) {
        return new MountInfoEntry(2, 1, 0, 50, "/", "/mnt/x", "rw", type, "src", superOptions);
    }
}
