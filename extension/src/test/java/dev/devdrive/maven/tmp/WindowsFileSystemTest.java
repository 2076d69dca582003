package dev.devdrive.maven.tmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinDef;
import dev.devdrive.maven.WindowsOnly;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.DosFileAttributeView;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The temp directory code against a real Windows file system (run on a Windows JVM, also under Wine). */
@WindowsOnly
class WindowsFileSystemTest {

    @TempDir
    Path tmp;

    @Test
    void deletesReadOnlyFilesAndDirectories() throws IOException {
        Path base = Files.createDirectory(tmp.resolve("build"));
        Path pack = Fs.write(base.resolve("repo/.git/objects/pack/pack-1.pack"), 5);
        readOnly(pack);
        readOnly(pack.getParent());

        SafeTreeDeleter.TreeCount count = SafeTreeDeleter.deleteContents(base, null);

        assertThat(base).isEmptyDirectory();
        assertThat(count.notDeleted()).isZero();
        assertThat(count.files()).isEqualTo(1);
    }

    @Test
    void opensARootNamedInAnotherCase() throws IOException {
        Path root = Files.createDirectory(tmp.resolve("Root"));
        Path otherCase = Path.of(root.toString().toUpperCase(Locale.ROOT));

        TempRootOpening opening = TempRoot.open(otherCase);

        assertThat(opening).isInstanceOf(TempRootOpening.Opened.class);
        assertThat(((TempRootOpening.Opened) opening).root().path()).isEqualTo(root.toRealPath());
    }

    @Test
    void opensARootNamedByItsShortName() throws IOException {
        Path root = Files.createDirectory(tmp.resolve("a long directory name"));
        char[] buffer = new char[WinDef.MAX_PATH];
        int length = Kernel32.INSTANCE.GetShortPathName(root.toString(), buffer, buffer.length);
        String shortName = new String(buffer, 0, Math.max(length, 0));
        assumeTrue(length > 0 && !shortName.equals(root.toString()), "no 8.3 names on this volume");

        TempRootOpening opening = TempRoot.open(Path.of(shortName));

        assertThat(opening).isInstanceOf(TempRootOpening.Opened.class);
        assertThat(((TempRootOpening.Opened) opening).root().path()).isEqualTo(root.toRealPath());
    }

    private static void readOnly(Path path) throws IOException {
        Files.getFileAttributeView(path, DosFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setReadOnly(true);
    }
}
