package dev.devdrive.maven.volume.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class MountTableTest {

    private final MountTable table = new MountTable(MountInfoParser.parse(List.of(
            "1 0 8:1 / / rw - ext4 /dev/sda1 rw",
            "2 1 0:25 / /tmp rw - tmpfs tmpfs rw",
            "3 1 8:2 / /home rw - xfs /dev/sda2 rw",
            "4 3 0:26 / /home/jo/build rw - tmpfs tmpfs rw",
            "5 2 0:27 / /tmp rw - btrfs /dev/sdb1 rw",
            "6 1 8:3 / /tmpx rw - ext4 /dev/sda3 rw")));

    private String mountPointOf(String path) {
        return table.mountOf(Path.of(path)).orElseThrow().mountPoint();
    }

    @Test
    void theDeepestMountContainingThePathWins() {
        assertThat(mountPointOf("/home/jo/build/target")).isEqualTo("/home/jo/build");
        assertThat(mountPointOf("/home/jo/src")).isEqualTo("/home");
        assertThat(mountPointOf("/usr/bin")).isEqualTo("/");
        assertThat(mountPointOf("/")).isEqualTo("/");
    }

    @Test
    void aMountPointIsMatchedByWholeNamesOnly() {
        assertThat(mountPointOf("/tmpx/a")).isEqualTo("/tmpx");
    }

    @Test
    void ofStackedMountsTheLastIsTheVisibleOne() {
        assertThat(table.mountOf(Path.of("/tmp/a")).orElseThrow().fileSystem()).isEqualTo("btrfs");
        assertThat(table.mountAt("/tmp").orElseThrow().fileSystem()).isEqualTo("btrfs");
    }

    @Test
    void noMountAtAPlainDirectory() {
        assertThat(table.mountAt("/home/jo")).isEmpty();
    }
}
