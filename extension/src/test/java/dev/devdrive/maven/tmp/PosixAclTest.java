package dev.devdrive.maven.tmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile review's account: {@code shared} 0755, its owner's, with {@code setfacl -m u:nobody:rwx}; the mode
 * shows the ACL's mask as the group bits, the group has nobody else in it, and yet another account can rename the
 * root and plant a link in its place.
 */
class PosixAclTest {

    @TempDir
    Path tmp;

    @Test
    void aParentWhoseAclLetsAnotherAccountWriteIsRefused() throws Exception {
        assumeTrue(OwnerOnlyDirectories.isPosix(tmp.getFileSystem()), "POSIX ACLs");
        Path shared = Files.createDirectory(tmp.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxr-xr-x"));
        Fs.runOrSkip("setfacl", "-m", "u:nobody:rwx", shared.toString());

        TempRootOpening opening = TempRoot.open(shared.resolve("root"), tmp);

        assertThat(opening).isInstanceOf(TempRootOpening.Refused.class);
        assertThat(((TempRootOpening.Refused) opening).reason())
                .contains("its parent directory " + shared + " has an access control list")
                .contains("setfacl -b " + shared);
        assertThat(shared.resolve("root")).doesNotExist();
        assertThat(TempRoot.inspect(shared.resolve("root"), tmp)).isPresent();
    }

    @Test
    void theSameParentWithoutTheAclIsUsed() throws Exception {
        assumeTrue(OwnerOnlyDirectories.isPosix(tmp.getFileSystem()), "POSIX ACLs");
        Path shared = Files.createDirectory(tmp.resolve("shared"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxr-x"));

        assertThat(TempRoot.open(shared.resolve("root"), tmp)).isInstanceOf(TempRootOpening.Opened.class);
    }
}
