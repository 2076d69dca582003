package dev.devdrive.maven.tmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.devdrive.maven.WindowsOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the JDK answers on Windows for the entries the temp-directory code must treat with care. The code's
 * Linux tests simulate these answers; this test pins them on a real Windows JVM. Under Wine 8 (the CI lane)
 * there are no junctions: {@code mklink /J} creates nothing and {@code FSCTL_SET_REPARSE_POINT} fails with
 * ERROR_NOT_SUPPORTED, so the junction facts are checked only on real Windows (the GitHub workflow).
 */
@WindowsOnly
class WindowsJdkFileFactsTest {

    private static final int FILE_ATTRIBUTE_REPARSE_POINT = 0x400;

    @TempDir
    Path directory;

    @Test
    void aJunctionIsAReparsePointThatTheJdkCallsADirectoryUntilJdk26() throws Exception {
        Path target = Files.createDirectory(directory.resolve("target"));
        Files.writeString(target.resolve("precious.txt"), "keep");
        Path junction = directory.resolve("b-junction");
        mklinkJunction(junction, target);
        assumeTrue(
                Files.exists(junction, LinkOption.NOFOLLOW_LINKS),
                "no junction support: Wine 8's mklink /J creates nothing (FSCTL_SET_REPARSE_POINT: ERROR_NOT_SUPPORTED)");

        BasicFileAttributes attributes =
                Files.readAttributes(junction, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        int dosAttributes = (Integer) Files.getAttribute(junction, "dos:attributes", LinkOption.NOFOLLOW_LINKS);

        assertThat(dosAttributes & FILE_ATTRIBUTE_REPARSE_POINT)
                .as("FILE_ATTRIBUTE_REPARSE_POINT")
                .isNotZero();
        assertThat(attributes.isSymbolicLink()).isFalse();
        assertThat(attributes.isOther()).isTrue();
        if (Runtime.version().feature() < 26) {
            // JDK-8364277: the trap the deleter must not fall into.
            assertThat(Files.isDirectory(junction, LinkOption.NOFOLLOW_LINKS)).isTrue();
        }
        assertThat(junction.resolve("precious.txt")).exists();
    }

    @Test
    void aFileHasNoFileKey() throws IOException {
        Path file = Files.writeString(directory.resolve("lock"), "");

        // A replaced lock file cannot be recognised by fileKey() on Windows: it is always null there.
        assertThat(Files.readAttributes(file, BasicFileAttributes.class).fileKey())
                .isNull();
    }

    private static void mklinkJunction(Path junction, Path target) throws IOException, InterruptedException {
        Process mklink = new ProcessBuilder("cmd", "/c", "mklink", "/J", junction.toString(), target.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(mklink.getInputStream().readAllBytes());
        assertThat(mklink.waitFor(60, TimeUnit.SECONDS))
                .as("mklink /J finished")
                .isTrue();
        System.out.println("mklink /J exit " + mklink.exitValue() + ": " + output.strip());
    }
}
