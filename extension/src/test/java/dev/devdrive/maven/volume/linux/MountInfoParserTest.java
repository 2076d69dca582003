package dev.devdrive.maven.volume.linux;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MountInfoParserTest {

    @Test
    void readsTheFieldsAroundAVaryingNumberOfOptionalFields() {
        List<MountInfoEntry> entries = MountInfoParser.parse(List.of(
                "36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue",
                "29 1 8:1 / / rw,relatime shared:1 master:2 propagate_from:3 - ext4 /dev/sda1 rw",
                "30 29 0:25 / /tmp rw,nosuid,nodev - tmpfs tmpfs rw,size=8192k"));

        assertThat(entries)
                .containsExactly(
                        new MountInfoEntry(
                                36,
                                35,
                                "98:0",
                                "/mnt1",
                                "/mnt2",
                                "rw,noatime",
                                "ext3",
                                "/dev/root",
                                "rw,errors=continue"),
                        new MountInfoEntry(29, 1, "8:1", "/", "/", "rw,relatime", "ext4", "/dev/sda1", "rw"),
                        new MountInfoEntry(
                                30, 29, "0:25", "/", "/tmp", "rw,nosuid,nodev", "tmpfs", "tmpfs", "rw,size=8192k"));
    }

    @Test
    void undoesOctalEscapesOfSpacesTabsNewlinesAndBackslashes() {
        MountInfoEntry entry = MountInfoParser.parseLine(
                        "40 29 0:30 / /home/jo/My\\040Drive\\011x\\012y\\134z rw - tmpfs tmp\\040fs rw")
                .orElseThrow();

        assertThat(entry.mountPoint()).isEqualTo("/home/jo/My Drive\tx\ny\\z");
        assertThat(entry.source()).isEqualTo("tmp fs");
    }

    @Test
    void aBackslashThatIsNotAnEscapeStays() {
        assertThat(MountInfoParser.unescape("a\\b\\12")).isEqualTo("a\\b\\12");
    }

    @Test
    void wslWindowsDriveAndContainerLayerAndNetworkShare() {
        List<MountInfoEntry> entries = MountInfoParser.parse(List.of(
                "97 80 0:54 / /mnt/c rw,noatime - 9p C:\\134 rw,dirsync,aname=drvfs;path=C:\\;uid=1000",
                "80 1 0:45 / / rw,relatime - overlay overlay rw,lowerdir=/l,upperdir=/u,workdir=/w",
                "120 80 0:60 / /srv/share rw,relatime - nfs4 server:/export rw,vers=4.2"));

        assertThat(entries).extracting(MountInfoEntry::fileSystem).containsExactly("9p", "overlay", "nfs4");
        assertThat(entries.get(0).source()).isEqualTo("C:\\");
    }

    @Test
    void malformedLinesAreSkipped() {
        assertThat(MountInfoParser.parse(List.of("", "garbage", "x y 8:1 / / rw - ext4 /dev/sda1 rw", "1 2 3 4 5 6")))
                .isEmpty();
    }

    @Test
    void readOnlyIsThePerMountOption() {
        assertThat(MountInfoParser.parseLine("1 0 8:1 / /ro ro,relatime - ext4 /dev/sda1 rw")
                        .orElseThrow()
                        .readOnly())
                .isTrue();
        assertThat(MountInfoParser.parseLine("1 0 8:1 / /rw rw,relatime - ext4 /dev/sda1 ro")
                        .orElseThrow()
                        .readOnly())
                .isFalse();
    }
}
