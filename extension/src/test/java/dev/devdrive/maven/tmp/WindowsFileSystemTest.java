package dev.devdrive.maven.tmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.jna.platform.win32.Advapi32Util;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.platform.win32.WinReg;
import dev.devdrive.maven.WindowsOnly;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.DosFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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

        SafeTreeDeleter.TreeCount count = SafeTreeDeleter.deleteContents(base, Set.of());

        assertThat(base).isEmptyDirectory();
        assertThat(count.notDeleted()).isZero();
        assertThat(count.files()).isEqualTo(1);
    }

    @Test
    void opensARootNamedInAnotherCase() throws IOException {
        Path root = ownerOnly(tmp.resolve("Root"));
        Path otherCase = Path.of(root.toString().toUpperCase(Locale.ROOT));

        TempRootOpening opening = TempRoot.open(otherCase, tmp);

        assertThat(opening).isInstanceOf(TempRootOpening.Opened.class);
        assertThat(((TempRootOpening.Opened) opening).root().path())
                .as("a directory the extension did not make is used through its namespace")
                .isEqualTo(root.toRealPath().resolve(TempRoot.NAMESPACE));
    }

    @Test
    void opensARootNamedByItsShortName() throws IOException {
        Path root = ownerOnly(tmp.resolve("a long directory name"));
        char[] buffer = new char[WinDef.MAX_PATH];
        int length = Kernel32.INSTANCE.GetShortPathName(root.toString(), buffer, buffer.length);
        String shortName = new String(buffer, 0, Math.max(length, 0));
        assumeTrue(length > 0 && !shortName.equals(root.toString()), "no 8.3 names on this volume");

        TempRootOpening opening = TempRoot.open(Path.of(shortName), tmp);

        assertThat(opening).isInstanceOf(TempRootOpening.Opened.class);
        assertThat(((TempRootOpening.Opened) opening).root().path())
                .as("a directory the extension did not make is used through its namespace")
                .isEqualTo(root.toRealPath().resolve(TempRoot.NAMESPACE));
    }

    /** java.exe is not long-path aware: without the \\?\ prefix, CreateDirectoryW stops at 248 characters. */
    @Test
    void createsAnOwnerOnlyRootPastMaxPath() throws IOException {
        Path deep = tmp;
        while (deep.toString().length() < 300) {
            deep = deep.resolve("a-rather-long-directory-name-" + deep.getNameCount());
        }
        Files.createDirectories(deep);
        Path root = deep.resolve("new-root");

        assertThat(TempRoot.open(root, tmp)).isInstanceOf(TempRootOpening.Opened.class);
        assertThat(root.toString()).hasSizeGreaterThan(260);
        assertThat(Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)).isTrue();
        assertThat(Files.getOwner(root, LinkOption.NOFOLLOW_LINKS))
                .isEqualTo(WindowsSecurity.principal(root.getFileSystem(), WindowsSecurity.currentUserSid()));
    }

    @Test
    void longPathsAreAbsoluteNormalAndPrefixedOnce() {
        assertThat(WindowsSecurity.longPath(Path.of("C:\\a\\..\\b"))).isEqualTo("\\\\?\\C:\\b");
        assertThat(WindowsSecurity.longPath(Path.of("\\\\server\\share\\x"))).isEqualTo("\\\\?\\UNC\\server\\share\\x");
        assertThat(WindowsSecurity.longPath(Path.of("relative")))
                .isEqualTo("\\\\?\\" + Path.of("relative").toAbsolutePath());
    }

    @Test
    void createsTheRootOwnedByTheTokensUser() throws IOException {
        Path root = tmp.resolve("new-root");

        assertThat(TempRoot.open(root, tmp)).isInstanceOf(TempRootOpening.Opened.class);

        assertThat(Files.getOwner(root, LinkOption.NOFOLLOW_LINKS))
                .isEqualTo(WindowsSecurity.principal(root.getFileSystem(), WindowsSecurity.currentUserSid()));
    }

    @Test
    void createsTheRootWithAProtectedDaclForTheUserSystemAndAdministrators() throws IOException {
        assumeFalse(
                Advapi32Util.registryKeyExists(WinReg.HKEY_LOCAL_MACHINE, "Software\\Wine"),
                "Wine 8 keeps no security descriptor given at creation: it rebuilds the DACL from the Unix mode"
                        + " (the user and SYSTEM, never protected)");
        Path root = tmp.resolve("new-root");

        assertThat(TempRoot.open(root, tmp)).isInstanceOf(TempRootOpening.Opened.class);

        UserPrincipal user = WindowsSecurity.principal(root.getFileSystem(), WindowsSecurity.currentUserSid());
        AclFileAttributeView view =
                Files.getFileAttributeView(root, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        assertThat(view.getAcl())
                .extracting(AclEntry::principal)
                .containsExactlyInAnyOrder(
                        user,
                        WindowsSecurity.principal(root.getFileSystem(), WindowsSecurity.SYSTEM_SID),
                        WindowsSecurity.principal(root.getFileSystem(), WindowsSecurity.ADMINISTRATORS_SID));
        assertThat(view.getAcl()).allSatisfy(entry -> assertThat(entry.type()).isEqualTo(AclEntryType.ALLOW));
        int control = Advapi32Util.getFileSecurityDescriptor(root.toFile(), false).Control;
        assertThat(control & WinNT.SE_DACL_PROTECTED)
                .as("SE_DACL_PROTECTED: the parent's inheritable entries never apply")
                .isNotZero();
    }

    @Test
    void refusesAnExistingRootThatOtherAccountsCanAccess() throws IOException {
        Path root = Files.createDirectory(tmp.resolve("shared"));
        AclFileAttributeView view =
                Files.getFileAttributeView(root, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
        UserPrincipal everyone =
                root.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("Everyone");
        List<AclEntry> acl = new ArrayList<>(view.getAcl());
        acl.add(AclEntry.newBuilder()
                .setType(AclEntryType.ALLOW)
                .setPrincipal(everyone)
                .setPermissions(AclEntryPermission.READ_DATA)
                .build());
        view.setAcl(acl);

        TempRootOpening opening = TempRoot.open(root, tmp);

        assertThat(opening).isInstanceOf(TempRootOpening.Refused.class);
        assertThat(((TempRootOpening.Refused) opening).reason())
                .contains("Everyone")
                .contains("icacls");
    }

    /** {@code fileKey()} is always null on Windows: a replaced lock file must be recognised all the same. */
    @Test
    void locksAgainWhenTheLockFileWasReplaced() throws IOException {
        Path directory = Files.createDirectory(tmp.resolve("b-build"));
        BuildLock lock = BuildLock.acquire(directory);
        try {
            Files.move(lock.file(), directory.resolve("moved-away"));
            Files.createFile(lock.file());

            lock.ensureHeld();

            try (FileChannel channel = FileChannel.open(lock.file(), StandardOpenOption.WRITE)) {
                assertThatThrownBy(channel::tryLock)
                        .as("the new lock file is locked by this JVM")
                        .isInstanceOf(OverlappingFileLockException.class);
            }
        } finally {
            lock.release(true);
        }
    }

    private static Path ownerOnly(Path directory) throws IOException {
        OwnerOnlyDirectories.createIfMissing(directory);
        return directory;
    }

    private static void readOnly(Path path) throws IOException {
        Files.getFileAttributeView(path, DosFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setReadOnly(true);
    }
}
