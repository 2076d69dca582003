package dev.devdrive.maven.volume.linux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MountTableTest {

    @TempDir
    Path tmp;

    @Test
    void picksTheLongestMountPointThatContainsThePath() {
        MountTable table = table("1 0 8:1 / / - ext4", "2 1 8:2 / /home - ext4", "3 2 0:40 / /home/me/proj - tmpfs");

        assertThat(mountPointOf(table, "/home/me/proj/target/x")).contains("/home/me/proj");
        assertThat(mountPointOf(table, "/home/me/other")).contains("/home");
        assertThat(mountPointOf(table, "/usr/bin")).contains("/");
    }

    @Test
    void aMountPointContainsItselfButNotANameThatMerelyStartsLikeIt() {
        MountTable table = table("1 0 8:1 / / - ext4", "2 1 0:53 / /mnt/c - 9p");

        assertThat(mountPointOf(table, "/mnt/c")).contains("/mnt/c");
        assertThat(mountPointOf(table, "/mnt/cc/x")).contains("/");
        assertThat(mountPointOf(table, "/mnt")).contains("/");
    }

    @Test
    void ofMountsStackedOnOneMountPointTheLastListedWins() {
        MountTable table = table("1 0 8:1 / / - ext4", "2 1 0:41 / /data - tmpfs", "3 2 0:42 / /data - tmpfs");

        assertThat(table.mountOf("/data/x")).map(MountInfoEntry::device).contains("0:42");
    }

    @Test
    void aLaterShorterMountPointDoesNotHideALongerOne() {
        MountTable table = table("1 0 8:1 / / - ext4", "2 1 0:41 / /a/b - tmpfs", "3 1 0:42 / /a - tmpfs");

        assertThat(table.mountOf("/a/b/x")).map(MountInfoEntry::device).contains("0:41");
    }

    @Test
    void findsMountPointsWithEscapedSpaces() {
        MountTable table = table("1 0 8:1 / / - ext4", "2 1 0:41 / /mnt/with\\040space - tmpfs");

        assertThat(mountPointOf(table, "/mnt/with space/x")).contains("/mnt/with space");
    }

    @Test
    void findsNothingWithoutARootMountOrForARelativePath() {
        MountTable table = table("2 1 0:41 / /data - tmpfs");

        assertThat(table.mountOf("/usr")).isEmpty();
        assertThat(table.mountOf("data/x")).isEmpty();
        assertThat(new MountTable(List.of()).mountOf("/")).isEmpty();
    }

    @Test
    void readsAMountInfoFileSkippingBlankLines() throws IOException {
        Path file = Files.writeString(
                tmp.resolve("mountinfo"),
                "27 1 254:0 / / rw,relatime - ext4 /dev/vda rw\n"
                        + "25 24 0:23 / /dev/shm rw,relatime shared:4 - tmpfs tmpfs rw,size=24683656k\n\n");

        MountTable table = MountTable.read(file, StandardCharsets.UTF_8);

        assertThat(table.entries()).extracting(MountInfoEntry::mountPoint).containsExactly("/", "/dev/shm");
    }

    @Test
    void failsOnAMalformedFile() throws IOException {
        Path file = Files.writeString(tmp.resolve("mountinfo"), "27 1 254:0 / / rw,relatime ext4 /dev/vda rw\n");

        assertThatThrownBy(() -> MountTable.read(file, StandardCharsets.UTF_8))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Lines in a short form: "id parent major:minor root mountPoint - type"; options are filled in. */
    private static MountTable table(String... shortLines) {
        MountInfoParser parser = new MountInfoParser(StandardCharsets.UTF_8);
        return new MountTable(Arrays.stream(shortLines)
                .map(line -> line.replace(" - ", " rw - ") + " none rw")
                .map(parser::parse)
                .toList());
    }

    private static Optional<String> mountPointOf(MountTable table, String path) {
        return table.mountOf(path).map(MountInfoEntry::mountPoint);
    }
}
