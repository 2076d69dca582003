package dev.devdrive.maven.tmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeadBuildReclaimerTest {

    @TempDir
    Path tmp;

    private TempRoot root;

    @BeforeEach
    void openRoot() {
        root = BuildTempDirectoryTest.openedRoot(tmp.resolve("root"));
    }

    @Test
    void reclaimsAnOldDirectoryWhoseLockNobodyHolds() throws IOException {
        Path dead = deadBuild("b-dead0001", true);

        try (BuildTempDirectory build = BuildTempDirectory.create(root, false)) {
            assertThat(dead).doesNotExist();
            assertThat(build.reclaimed()).isEqualTo(new Reclaimed(1, 1, 11, 0));
        }
    }

    @Test
    void leavesAYoungUnlockedDirectoryBecauseItsBuildMayBeAboutToLockIt() throws IOException {
        Path young = deadBuild("b-young001", true);
        Files.setLastModifiedTime(young.resolve(".lock"), FileTime.from(Instant.now()));

        try (BuildTempDirectory build = BuildTempDirectory.create(root, false)) {
            assertThat(young.resolve("left.bin")).exists();
            assertThat(build.reclaimed()).isEqualTo(Reclaimed.NONE);
        }
    }

    @Test
    void leavesAYoungDirectoryWithoutLockFileButReclaimsAnOldOne() throws IOException {
        Path young = deadBuild("b-nolock01", false);
        Files.setLastModifiedTime(young, FileTime.from(Instant.now()));
        Path old = deadBuild("b-nolock02", false);

        try (BuildTempDirectory build = BuildTempDirectory.create(root, false)) {
            assertThat(young).isDirectory();
            assertThat(old).doesNotExist();
            assertThat(build.reclaimed().directories()).isEqualTo(1);
        }
    }

    @Test
    void neverReclaimsALiveBuildOfThisJvmNorBreaksItsLock() throws Exception {
        try (BuildTempDirectory live = BuildTempDirectory.create(root, false)) {
            Fs.makeOldFromAnotherProcess(live.path().resolve(".lock"));
            Fs.makeOld(live.path());

            BuildTempDirectory.create(root, false).close();

            assertThat(live.path()).isDirectory();
            assertThat(LockProcess.probe(live.path().resolve(".lock"))).isEqualTo("held");
        }
    }

    @Test
    void aLockHeldByAnotherProcessProtectsTheDirectoryUntilThatProcessIsKilled() throws Exception {
        Path other = deadBuild("b-other001", true);
        Process holder = LockProcess.hold(other.resolve(".lock"));
        try {
            try (BuildTempDirectory build = BuildTempDirectory.create(root, false)) {
                assertThat(other.resolve("left.bin")).exists();
                assertThat(build.reclaimed()).isEqualTo(Reclaimed.NONE);
            }

            holder.destroyForcibly().waitFor();

            try (BuildTempDirectory build = BuildTempDirectory.create(root, false)) {
                assertThat(other).doesNotExist();
                assertThat(build.reclaimed().directories()).isEqualTo(1);
            }
        } finally {
            holder.destroyForcibly();
        }
    }

    @Test
    void leavesEntriesThatAreNotBuildDirectoriesAlone() throws IOException {
        Path outside = Files.createDirectory(tmp.resolve("outside"));
        Path precious = Fs.writeText(outside.resolve("precious.txt"), "keep me");
        Path link = Files.createSymbolicLink(root.path().resolve("b-link0001"), outside);
        Fs.makeOld(precious);
        Path foreign = Fs.write(root.path().resolve("notes/n.txt"), 1);

        BuildTempDirectory.create(root, false).close();

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(precious).hasContent("keep me");
        assertThat(foreign).exists();
    }

    @Test
    void neverReclaimsThroughAJunctionNamedLikeABuildDirectory() throws IOException {
        // On Windows the junction's target would be listed through it: an old, unlocked "dead build".
        Path junction = deadBuild("b-junction", false);

        Reclaimed reclaimed = DeadBuildReclaimer.reclaim(root.path(), SafeTreeDeleterTest.Junctions.at(junction));

        assertThat(junction.resolve("left.bin")).exists();
        assertThat(reclaimed).isEqualTo(Reclaimed.NONE);
    }

    /** A build directory as a killed build leaves it: its marker, one 11-byte file, maybe a lock file, all old. */
    private Path deadBuild(String name, boolean withLockFile) throws IOException {
        Path directory = Fs.directoryWithMode(root.path().resolve(name), "rwx------");
        Marker.BUILD.write(directory);
        Fs.write(directory.resolve("left.bin"), 11);
        if (withLockFile) {
            Fs.makeOld(Fs.write(directory.resolve(".lock"), 0));
        }
        Fs.makeOld(directory);
        return directory;
    }
}
