package dev.devdrive.maven.tmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21's other account: {@code share} owned {@code alice:alice} 0775 is trusted only while nobody else can write
 * through the group {@code alice}. Real accounts, made with useradd and removed afterwards: runs as root only.
 */
class GroupMembershipTest {

    private static final String ALICE = "ddm-alice";
    private static final String MALLORY = "ddm-mallory";
    private static final String EVE = "ddm-eve";
    private static final String TEAM = "ddm-team";

    @TempDir
    Path tmp;

    @BeforeAll
    static void accounts() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "useradd needs root");
        assumeTrue(OwnerOnlyDirectories.isPosix(Path.of("").getFileSystem()), "POSIX groups");
        removeAccounts();
        Fs.runOrSkip("groupadd", TEAM);
        Fs.runOrSkip("useradd", "--user-group", "--no-create-home", ALICE);
        Fs.runOrSkip("useradd", "--user-group", "--no-create-home", MALLORY);
    }

    @AfterAll
    static void removeAccounts() {
        for (String user : new String[] {EVE, MALLORY, ALICE}) {
            Fs.runQuietly("userdel", user);
        }
        Fs.runQuietly("groupdel", TEAM);
        Fs.runQuietly("groupdel", ALICE);
        Fs.runQuietly("groupdel", MALLORY);
    }

    @Test
    void aGroupWritableParentIsTrustedOnlyWhileNoOtherAccountIsInItsGroup() throws Exception {
        Path project = projectOf(ALICE);
        Path share = sharedDirectory(ALICE + ":" + ALICE);

        assertThat(TempRoot.open(share.resolve("root"), project)).isInstanceOf(TempRootOpening.Opened.class);

        Fs.runOrSkip("usermod", "-aG", ALICE, MALLORY);
        try {
            TempRootOpening opening = TempRoot.open(share.resolve("root"), project);

            assertThat(opening).isInstanceOf(TempRootOpening.Refused.class);
            assertThat(((TempRootOpening.Refused) opening).reason())
                    .contains("its parent directory " + share + " is writable through its group " + ALICE)
                    .contains(MALLORY)
                    .contains("chmod g-w " + share);
        } finally {
            Fs.runQuietly("gpasswd", "-d", MALLORY, ALICE);
        }
    }

    @Test
    void anAccountWhosePrimaryGroupItIsCanWriteThroughItToo() throws Exception {
        Path project = projectOf(ALICE);
        Path share = sharedDirectory(ALICE + ":" + TEAM);
        assertThat(TempRoot.open(share.resolve("root"), project)).isInstanceOf(TempRootOpening.Opened.class);

        Fs.runOrSkip("useradd", "--gid", TEAM, "--no-create-home", EVE);
        try {
            TempRootOpening opening = TempRoot.open(share.resolve("other-root"), project);

            assertThat(opening).isInstanceOf(TempRootOpening.Refused.class);
            assertThat(((TempRootOpening.Refused) opening).reason()).contains(EVE);
            assertThat(share.resolve("other-root")).doesNotExist();
        } finally {
            Fs.runQuietly("userdel", EVE);
        }
    }

    private Path projectOf(String owner) throws Exception {
        Path project = Files.createDirectory(tmp.resolve("project"));
        Fs.runOrSkip("chown", owner, project.toString());
        return project;
    }

    private Path sharedDirectory(String ownerAndGroup) throws Exception {
        Path share = Fs.directoryWithMode(tmp.resolve("share"), "rwxrwxr-x");
        Fs.runOrSkip("chown", ownerAndGroup, share.toString());
        return share;
    }
}
