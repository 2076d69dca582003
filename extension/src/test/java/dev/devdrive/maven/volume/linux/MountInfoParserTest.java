package dev.devdrive.maven.volume.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MountInfoParserTest {

    private final MountInfoParser parser = new MountInfoParser(StandardCharsets.UTF_8);

    @Test
    void parsesTheExampleOfProc5() {
        MountInfoEntry entry =
                parser.parse("36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue");

        assertThat(entry)
                .isEqualTo(new MountInfoEntry(
                        36, 35, 98, 0, "/mnt1", "/mnt2", "rw,noatime", "ext3", "/dev/root", "rw,errors=continue"));
        assertThat(entry.device()).isEqualTo("98:0");
    }

    @Test
    void parsesALineWithoutOptionalFields() {
        MountInfoEntry entry = parser.parse("27 1 254:0 / / rw,relatime - ext4 /dev/vda rw,discard");

        assertThat(entry.mountPoint()).isEqualTo("/");
        assertThat(entry.fileSystem()).isEqualTo("ext4");
        assertThat(entry.source()).isEqualTo("/dev/vda");
        assertThat(entry.superOptions()).isEqualTo("rw,discard");
    }

    @Test
    void skipsAnyNumberOfOptionalFields() {
        MountInfoEntry entry =
                parser.parse("88 27 8:17 / /data rw,relatime shared:45 master:3 propagate_from:2 unbindable"
                        + " - xfs /dev/sdb1 rw,attr2,inode64,logbufs=8,logbsize=32k,noquota");

        assertThat(entry.device()).isEqualTo("8:17");
        assertThat(entry.mountPoint()).isEqualTo("/data");
        assertThat(entry.fileSystem()).isEqualTo("xfs");
        assertThat(entry.source()).isEqualTo("/dev/sdb1");
    }

    @Test
    void decodesOctalEscapesOfSpaceTabNewlineAndBackslash() {
        MountInfoEntry entry = parser.parse(
                "120 27 0:60 /a\\134b /home/me/My\\040Projects/x\\011y\\012z rw - tmpfs my\\040tmpfs rw,size=8192k");

        assertThat(entry.root()).isEqualTo("/a\\b");
        assertThat(entry.mountPoint()).isEqualTo("/home/me/My Projects/x\ty\nz");
        assertThat(entry.source()).isEqualTo("my tmpfs");
    }

    @Test
    void decodesEscapesNextToCharactersOutsideAscii() {
        MountInfoEntry entry = parser.parse("121 27 0:61 / /home/jürgen/Проекты\\0401 rw - tmpfs tmpfs rw");

        assertThat(entry.mountPoint()).isEqualTo("/home/jürgen/Проекты 1");
    }

    @Test
    void keepsABackslashThatStartsNoEscape() {
        // WSL 2: the source is escaped, but 9p prints its own options as they are.
        MountInfoEntry entry = parser.parse("79 66 0:53 / /mnt/c rw,noatime - 9p C:\\134 rw,dirsync,aname=drvfs;"
                + "path=C:\\;uid=1000;gid=1000;symlinkroot=/mnt/,mmap,access=client,msize=65536,trans=fd,rfd=5,wfd=5");

        assertThat(entry.mountPoint()).isEqualTo("/mnt/c");
        assertThat(entry.fileSystem()).isEqualTo("9p");
        assertThat(entry.source()).isEqualTo("C:\\");
        assertThat(entry.superOptions()).contains("aname=drvfs;path=C:\\;uid=1000");
    }

    @Test
    void parsesADockerOverlayRoot() {
        MountInfoEntry entry = parser.parse("591 520 0:52 / / rw,relatime master:190 - overlay overlay"
                + " rw,lowerdir=/var/lib/docker/overlay2/l/ABC:/var/lib/docker/overlay2/l/DEF,"
                + "upperdir=/var/lib/docker/overlay2/xyz/diff,workdir=/var/lib/docker/overlay2/xyz/work");

        assertThat(entry.mountPoint()).isEqualTo("/");
        assertThat(entry.fileSystem()).isEqualTo("overlay");
        assertThat(entry.device()).isEqualTo("0:52");
    }

    @Test
    void parsesAnNfsMount() {
        MountInfoEntry entry = parser.parse("40 27 0:45 / /mnt/nfs rw,relatime shared:25 - nfs4"
                + " server.example.com:/export/home rw,vers=4.2,rsize=1048576,hard,proto=tcp,addr=10.0.0.1");

        assertThat(entry.fileSystem()).isEqualTo("nfs4");
        assertThat(entry.source()).isEqualTo("server.example.com:/export/home");
    }

    @Test
    void acceptsAnEmptySource() {
        MountInfoEntry entry = parser.parse("50 27 0:70 / /run/user/1000/doc rw - fuse.portal  rw,user_id=1000");

        assertThat(entry.fileSystem()).isEqualTo("fuse.portal");
        assertThat(entry.source()).isEmpty();
        assertThat(entry.superOptions()).isEqualTo("rw,user_id=1000");
    }

    @Test
    void rejectsLinesWithoutTheSeparatorOrADevice() {
        assertThatThrownBy(() -> parser.parse("27 1 254:0 / / rw,relatime ext4 /dev/vda rw"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a mountinfo line");
        assertThatThrownBy(() -> parser.parse("27 1 254 / / rw - ext4 /dev/vda rw"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("major:minor");
        assertThatThrownBy(() -> parser.parse("x 1 254:0 / / rw - ext4 /dev/vda rw"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad number");
        assertThatThrownBy(() -> parser.parse("27 1 254:0 / / rw - ext4")).isInstanceOf(IllegalArgumentException.class);
    }
}
