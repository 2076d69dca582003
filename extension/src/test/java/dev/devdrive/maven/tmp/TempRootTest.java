package dev.devdrive.maven.tmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TempRootTest {

    @TempDir
    Path tmp;

    @Test
    void createsMissingRootAndItsParentsWithModeExactly0700() throws IOException {
        Path root = tmp.resolve("volume/.devdrive-tmp/alice");

        TempRootOpening opening = TempRoot.open(root, tmp);

        assertThat(opening).isInstanceOf(TempRootOpening.Opened.class);
        assertThat(((TempRootOpening.Opened) opening).root().path()).isEqualTo(root);
        assertThat(Fs.mode(root)).isEqualTo(0700);
    }

    @Test
    void opensAnExistingOwnerOnlyRootUnchanged() throws IOException {
        Path root = Fs.directoryWithMode(tmp.resolve("root"), "rwx------");
        Fs.write(root.resolve("from-an-earlier-build"), 3);

        assertThat(TempRoot.open(root, tmp)).isInstanceOf(TempRootOpening.Opened.class);
        assertThat(root.resolve("from-an-earlier-build")).exists();
        assertThat(Fs.mode(root)).isEqualTo(0700);
    }

    @Test
    void anExistingDirectoryTheExtensionDidNotMakeIsUsedThroughANamespaceOfItsOwn() throws IOException {
        Path users = Fs.directoryWithMode(tmp.resolve("alice"), "rwx------");
        Path thesis = Fs.writeText(users.resolve("b-thesis/thesis.tex"), "mine");

        TempRoot root = ((TempRootOpening.Opened) TempRoot.open(users, tmp)).root();

        assertThat(root.path()).isEqualTo(users.resolve(".devdrive"));
        assertThat(Marker.ROOT.isOn(root.path())).isTrue();
        assertThat(Marker.ROOT.isOn(users)).isFalse();
        assertThat(Fs.mode(root.path())).isEqualTo(0700);
        assertThat(thesis).hasContent("mine");
        assertThat(root.reopen().root(refused -> {})).contains(root);
    }

    @Test
    void aNamespaceTheExtensionDidNotMakeIsRefused() throws IOException {
        Path users = Fs.directoryWithMode(tmp.resolve("alice"), "rwx------");
        Path own = Fs.writeText(users.resolve(".devdrive/b-notes/n.txt"), "mine");
        Fs.directoryWithMode(users.resolve(".devdrive"), "rwx------");

        TempRootOpening opening = TempRoot.open(users, tmp);

        assertThat(opening).isInstanceOf(TempRootOpening.Refused.class);
        assertThat(((TempRootOpening.Refused) opening).reason())
                .isEqualTo("it exists but the extension did not make it (it has no .devdrive-marker file), so it is"
                        + " not used; move it away, or set devdrive.tmpRoot to a directory of your own");
        assertThat(own).hasContent("mine");
    }

    @Test
    void aMarkerThatIsALinkOrHasOtherContentProvesNothing() throws IOException {
        Path directory = Fs.directoryWithMode(tmp.resolve("d"), "rwx------");
        Path elsewhere = Fs.writeText(tmp.resolve("elsewhere"), "devdrive-maven temp root\n");
        Files.createSymbolicLink(Marker.fileOf(directory), elsewhere);
        assertThat(Marker.ROOT.isOn(directory)).isFalse();

        Files.delete(Marker.fileOf(directory));
        Marker.BUILD.write(directory);
        assertThat(Marker.ROOT.isOn(directory)).isFalse();
        assertThat(Marker.BUILD.isOn(directory)).isTrue();
    }

    @Test
    void refusesASymlinkedRootAndLeavesItsTargetUntouched() throws IOException {
        Path target = Fs.directoryWithMode(tmp.resolve("target"), "rwxr-xr-x");
        Fs.writeText(target.resolve("precious"), "keep me");
        Path link = Files.createSymbolicLink(tmp.resolve("root"), target);

        assertRefused(link, "symbolic link");
        assertThat(Fs.mode(target)).isEqualTo(0755);
        assertThat(target.resolve("precious")).hasContent("keep me");
        assertThat(target)
                .isDirectoryNotContaining(path -> path.getFileName().toString().startsWith(".probe"));
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void refusesAMissingRootBelowASymlinkWithoutCreatingAnything() throws IOException {
        Path target = Files.createDirectory(tmp.resolve("target"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), target);

        assertRefused(link.resolve("sub/root"), "through a link");
        assertThat(target).isEmptyDirectory();
    }

    @Test
    void refusesAnExistingRootReachedThroughASymlinkedParent() throws IOException {
        Path target = Files.createDirectory(tmp.resolve("target"));
        Fs.directoryWithMode(target.resolve("root"), "rwx------");
        Path link = Files.createSymbolicLink(tmp.resolve("link"), target);

        assertRefused(link.resolve("root"), "through a link");
    }

    @Test
    void refusesARegularFile() throws IOException {
        Path file = Fs.write(tmp.resolve("root"), 1);

        assertRefused(file, "not a directory");
    }

    @Test
    void refusesARootOwnedByAnotherUser() throws IOException {
        Path root = Fs.directoryWithMode(tmp.resolve("root"), "rwx------");
        try {
            Files.setAttribute(root, "unix:uid", 65534, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException | UnsupportedOperationException e) {
            assumeTrue(false, "cannot give a directory to uid 65534 here (needs root): " + e);
        }

        assertRefused(root, "owned by");
        assertThat(Files.getAttribute(root, "unix:uid")).isEqualTo(65534);
    }

    @Test
    void refusesAWorldWritableRootWithoutFixingIt() throws IOException {
        Path root = Fs.directoryWithMode(tmp.resolve("root"), "rwxrwxrwx");

        assertRefused(root, "other users can access it (mode rwxrwxrwx)");
        assertThat(Fs.mode(root)).isEqualTo(0777);
    }

    @Test
    void refusesAGroupReadableRoot() throws IOException {
        Path root = Fs.directoryWithMode(tmp.resolve("root"), "rwxr-x---");

        assertRefused(root, "other users can access it");
    }

    @Test
    void refusesARootOnAReadOnlyMount() throws Exception {
        Path root = Files.createDirectory(tmp.resolve("root"));
        Fs.runOrSkip("mount", "-t", "tmpfs", "-o", "ro,size=1m,mode=0700", "tmpfs", root.toString());
        try {
            assertRefused(root, "not writable");
        } finally {
            Fs.runQuietly("umount", root.toString());
        }
    }

    @Test
    void refusesAnImmutableRoot() throws Exception {
        Path root = Fs.directoryWithMode(tmp.resolve("root"), "rwx------");
        Fs.runOrSkip("chattr", "+i", root.toString());
        try {
            assertRefused(root, "not writable");
        } finally {
            Fs.runQuietly("chattr", "-i", root.toString());
        }
    }

    @Test
    void refusesARootOnANearlyFullVolume() throws Exception {
        Path root = Files.createDirectory(tmp.resolve("root"));
        Fs.runOrSkip("mount", "-t", "tmpfs", "-o", "size=1m,mode=0700", "tmpfs", root.toString());
        try {
            assertRefused(root, "nearly full");
        } finally {
            Fs.runQuietly("umount", root.toString());
        }
    }

    @Test
    void manyBuildsCreatingTheSameRootAtOnceAllGetIt() throws Exception {
        Path root = tmp.resolve("shared/.devdrive-tmp/alice");
        int builds = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(builds);
        try {
            List<Future<TempRootOpening>> openings = new ArrayList<>();
            for (int i = 0; i < builds; i++) {
                openings.add(pool.submit(() -> {
                    start.await();
                    return TempRoot.open(root, tmp);
                }));
            }
            start.countDown();
            for (Future<TempRootOpening> opening : openings) {
                assertThat(opening.get()).isInstanceOf(TempRootOpening.Opened.class);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Fs.mode(root)).isEqualTo(0700);
    }

    @Test
    void aParentAnotherUserOwnsIsRefusedWithTheRemedy() throws Exception {
        Path parent = Files.createDirectory(tmp.resolve("theirs"));
        String other = chownToAnotherUser(parent);
        Path root = Fs.directoryWithMode(parent.resolve("alice"), "rwx------");

        assertRefused(
                root,
                "its parent directory " + parent + " is owned by " + other + ", who could move the root away and put"
                        + " a link in its place; every directory above the root must belong to you, root or the"
                        + " project's owner: set devdrive.tmpRoot to a directory of your own below such directories");
    }

    @Test
    void nothingIsCreatedBelowADirectoryAnotherUserOwns() throws Exception {
        Path parent = Files.createDirectory(tmp.resolve("theirs"));
        chownToAnotherUser(parent);

        assertRefused(parent.resolve("shared/alice"), "its parent directory " + parent + " is owned by nobody");
        assertThat(parent).isEmptyDirectory();
    }

    @Test
    void aParentOfTheProjectsOwnerIsTrusted() throws Exception {
        Path project = Files.createDirectory(tmp.resolve("project"));
        Path parent = Files.createDirectory(project.resolve("target"));
        chownToAnotherUser(project);
        chownToAnotherUser(parent);
        Path root = Fs.directoryWithMode(parent.resolve("devdrive-tmp"), "rwx------");

        assertThat(TempRoot.open(root, project)).isInstanceOf(TempRootOpening.Opened.class);
        assertThat(TempRoot.open(root, tmp)).isInstanceOf(TempRootOpening.Refused.class);
    }

    @Test
    void aParentOthersMayWriteInIsRefusedUnlessSticky() throws Exception {
        Path parent = Fs.directoryWithMode(tmp.resolve("shared"), "rwxr-xrwx");
        Path root = Fs.directoryWithMode(parent.resolve("alice"), "rwx------");

        assertRefused(
                root,
                "its parent directory " + parent + " is writable by other users (mode rwxr-xrwx) without the sticky"
                        + " bit, so they could move the root away and put a link in its place; make it writable by its"
                        + " owner only (chmod go-w " + parent + ") or sticky (chmod +t " + parent + "), or set"
                        + " devdrive.tmpRoot to a directory of your own elsewhere");

        Fs.runOrSkip("chmod", "1777", parent.toString());
        assertThat(TempRoot.open(root, tmp)).isInstanceOf(TempRootOpening.Opened.class);
    }

    @Test
    void aParentWritableByItsOwnersPrivateGroupIsTheOwnersAlone() throws Exception {
        Path parent = Fs.directoryWithMode(tmp.resolve("umask-002"), "rwxrwxr-x");
        Path root = Fs.directoryWithMode(parent.resolve("alice"), "rwx------");
        String me = System.getProperty("user.name");
        Fs.runOrSkip("chown", me + ":nogroup", parent.toString());
        assertThat(TempRoot.open(root, tmp)).isInstanceOf(TempRootOpening.Refused.class);

        Fs.runOrSkip("chown", me + ":" + me, parent.toString());
        assertThat(TempRoot.open(root, tmp)).isInstanceOf(TempRootOpening.Opened.class);
    }

    @Test
    void everyRefusalEndsWithWhatToDo() throws Exception {
        Path file = Fs.write(tmp.resolve("a-file"), 1);
        Path open = Fs.directoryWithMode(tmp.resolve("open"), "rwxr-x---");

        assertRefused(file, "it is not a directory; remove it, or set devdrive.tmpRoot to a directory of your own");
        assertRefused(open, "(chmod 700)");
        Path theirs = Fs.directoryWithMode(tmp.resolve("theirs"), "rwx------");
        String other = chownToAnotherUser(theirs);
        String me = System.getProperty("user.name");
        assertRefused(
                theirs,
                "it is owned by " + other + ", not by the current user " + me + "; have it removed (the extension"
                        + " then makes one of yours) or given to " + me + " (chown " + me + " " + theirs + "), or set"
                        + " devdrive.tmpRoot to a directory of your own");
    }

    /** Gives {@code path} to the unprivileged user {@code nobody}; skips the test where that is not permitted. */
    private static String chownToAnotherUser(Path path) throws IOException, InterruptedException {
        assumeTrue(
                OwnerOnlyDirectories.isPosix(path.getFileSystem()),
                "owners and modes are POSIX here; Windows ACLs have tests of their own");
        Fs.runOrSkip("chown", "nobody", path.toString());
        return "nobody";
    }

    private void assertRefused(Path root, String reasonPart) {
        TempRootOpening opening = TempRoot.open(root, tmp);

        assertThat(opening).isInstanceOf(TempRootOpening.Refused.class);
        assertThat(((TempRootOpening.Refused) opening).reason()).contains(reasonPart);
    }
}
