package dev.devdrive.maven.tmp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildTempDirectoryTest {

    @TempDir
    Path tmp;

    @Test
    void createsAShortOwnerOnlyDirectoryLockedAgainstOtherProcesses() throws Exception {
        TempRoot root = openedRoot(tmp.resolve("root"));

        try (BuildTempDirectory build = BuildTempDirectory.create(root, false)) {
            assertThat(build.path().getParent()).isEqualTo(root.path());
            assertThat(build.path().getFileName().toString()).matches("b-[a-z0-9]{8}");
            assertThat(Fs.mode(build.path())).isEqualTo(0700);
            assertThat(LockProcess.probe(build.path().resolve(".lock"))).isEqualTo("held");
        }
    }

    @Test
    void createsModuleForkAndJavacDirectoriesOwnerOnly() throws IOException {
        try (BuildTempDirectory build = BuildTempDirectory.create(openedRoot(tmp.resolve("root")), false)) {
            List<Path> forks = build.forkDirectories("core", 3);
            Path javac = build.javacDirectory("core");

            Path module = build.path().resolve("core");
            assertThat(build.moduleDirectory("core")).isEqualTo(module);
            assertThat(forks)
                    .containsExactly(module.resolve("fork-1"), module.resolve("fork-2"), module.resolve("fork-3"));
            assertThat(javac).isEqualTo(module.resolve("javac"));
            for (Path directory : List.of(module, forks.get(0), forks.get(2), javac)) {
                assertThat(Fs.mode(directory)).as(directory.toString()).isEqualTo(0700);
            }
            assertThat(build.forkDirectory("core", 2)).isEqualTo(forks.get(1));
        }
    }

    @Test
    void recreatesEverythingAfterACleanRemovedTheRootAndLocksAgain() throws Exception {
        Path buildDir = tmp.resolve("target");
        try (BuildTempDirectory build =
                BuildTempDirectory.create(openedRoot(buildDir.resolve("devdrive-tmp")), false)) {
            build.forkDirectory("app", 1);
            deleteTree(buildDir);

            Path fork = build.forkDirectory("app", 1);

            assertThat(fork).isDirectory();
            assertThat(Fs.mode(buildDir.resolve("devdrive-tmp"))).isEqualTo(0700);
            assertThat(Fs.mode(build.path())).isEqualTo(0700);
            assertThat(LockProcess.probe(build.path().resolve(".lock"))).isEqualTo("held");
        }
    }

    @Test
    void manyThreadsAskingForTheSameDirectoriesAllGetThem() throws Exception {
        int threads = 16;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try (BuildTempDirectory build = BuildTempDirectory.create(openedRoot(tmp.resolve("root")), false)) {
            List<Future<List<Path>>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String module = "module-" + (i % 3);
                results.add(pool.submit(() -> {
                    start.await();
                    List<Path> directories = new ArrayList<>(build.forkDirectories(module, 4));
                    directories.add(build.javacDirectory(module));
                    return directories;
                }));
            }
            start.countDown();
            for (Future<List<Path>> result : results) {
                assertThat(result.get()).hasSize(5).allMatch(Files::isDirectory);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void finishCountsWhatWasLeftAndDeletesTheBuildDirectoryOnly() throws IOException {
        TempRoot root = openedRoot(tmp.resolve("root"));
        BuildTempDirectory build = BuildTempDirectory.create(root, false);
        Fs.write(build.forkDirectory("core", 1).resolve("a.bin"), 10);
        Fs.write(build.javacDirectory("core").resolve("deep/er/b.bin"), 20);

        Leftovers leftovers = build.finish();

        assertThat(leftovers).isEqualTo(new Leftovers(build.path(), 2, 30, 0, false));
        assertThat(build.path()).doesNotExist();
        try (var entries = Files.list(root.path())) {
            assertThat(entries).containsExactly(Marker.fileOf(root.path()));
        }
        assertThat(build.finish()).isEqualTo(leftovers);
    }

    @Test
    void aLinkInsideIsDeletedAsALinkAndItsTargetOutsideSurvives() throws IOException {
        Path outside = Files.createDirectory(tmp.resolve("outside"));
        Path precious = Fs.writeText(outside.resolve("precious.txt"), "keep me");
        BuildTempDirectory build = BuildTempDirectory.create(openedRoot(tmp.resolve("root")), false);
        Path fork = build.forkDirectory("core", 1);
        Files.createSymbolicLink(fork.resolve("to-dir"), outside);
        Files.createSymbolicLink(fork.resolve("to-file"), precious);

        Leftovers leftovers = build.finish();

        assertThat(leftovers.files()).isEqualTo(2);
        assertThat(leftovers.notDeleted()).isZero();
        assertThat(build.path()).doesNotExist();
        assertThat(precious).hasContent("keep me");
        assertThat(outside).isDirectoryContaining(path -> path.equals(precious));
    }

    @Test
    void keepKeepsEverythingAndALaterBuildDoesNotReclaimIt() throws IOException {
        TempRoot root = openedRoot(tmp.resolve("root"));
        BuildTempDirectory kept = BuildTempDirectory.create(root, true);
        Path file = Fs.write(kept.forkDirectory("core", 1).resolve("report.bin"), 7);

        Leftovers leftovers = kept.finish();
        Fs.makeOld(kept.path().resolve(".lock"));
        Fs.makeOld(kept.path());
        BuildTempDirectory.create(root, false).close();

        assertThat(leftovers).isEqualTo(new Leftovers(kept.path(), 1, 7, 0, true));
        assertThat(file).hasSize(7);
    }

    @Test
    void entriesThatCannotBeDeletedAreCountedNotThrown() throws Exception {
        BuildTempDirectory build = BuildTempDirectory.create(openedRoot(tmp.resolve("root")), false);
        Path stuck = build.forkDirectory("core", 1);
        Fs.write(stuck.resolve("stuck.bin"), 5);
        Fs.runOrSkip("chattr", "+i", stuck.toString());
        try {
            Leftovers leftovers = build.finish();

            assertThat(leftovers.files()).isEqualTo(1);
            assertThat(leftovers.notDeleted()).isPositive();
            assertThat(stuck.resolve("stuck.bin")).exists();
        } finally {
            Fs.runQuietly("chattr", "-i", stuck.toString());
        }
    }

    @Test
    void whatCannotBeDeletedIsNamedAndStaysMarkedForTheNextBuildAtOnce() throws Exception {
        TempRoot root = openedRoot(tmp.resolve("root"));
        BuildTempDirectory build = BuildTempDirectory.create(root, false);
        Path stuck = build.forkDirectory("core", 1).resolve("stuck");
        Path file = Fs.write(stuck.resolve("stuck.bin"), 5);
        Fs.runOrSkip("chattr", "+i", stuck.toString());
        Leftovers leftovers;
        try {
            leftovers = build.finish();
        } finally {
            Fs.runQuietly("chattr", "-i", stuck.toString());
        }

        assertThat(leftovers.directoryStays()).isTrue();
        assertThat(leftovers.firstRemaining())
                .containsExactly(build.path().resolve("core"), build.path().resolve("core/fork-1"), stuck, file);
        assertThat(leftovers.remaining()).isEqualTo(4);
        assertThat(Marker.BUILD.isOn(build.path())).isTrue();
        assertThat(build.path().resolve(BuildTempDirectory.ENDED_MARKER)).exists();

        try (BuildTempDirectory next = BuildTempDirectory.create(root, false)) {
            assertThat(next.reclaimed().directories()).isEqualTo(1);
        }
        assertThat(build.path()).doesNotExist();
    }

    @Test
    void anInterruptedBuildKeepsItsEmptiedDirectoryMarkedSoWhatForksWriteLaterIsReclaimed() throws IOException {
        TempRoot root = openedRoot(tmp.resolve("root"));
        BuildTempDirectory build = BuildTempDirectory.create(root, false);
        Path fork = build.forkDirectory("core", 1);
        Fs.write(fork.resolve("test.bin"), 3);

        Leftovers leftovers = build.finishInterrupted();
        // a test's shutdown hook writes on, as plain java.io code does, re-creating every parent
        Path hook = fork.resolve("hook-dir");
        assertThat(hook.toFile().mkdirs()).isTrue();
        Fs.write(hook.resolve("late.txt"), 1);

        assertThat(leftovers).isEqualTo(new Leftovers(build.path(), 1, 3, 0, false, 0, List.of(), true));
        assertThat(build.finish()).isSameAs(leftovers);
        try (BuildTempDirectory next = BuildTempDirectory.create(root, false)) {
            assertThat(next.reclaimed()).isEqualTo(new Reclaimed(1, 1, 1, 0));
        }
        assertThat(build.path()).doesNotExist();
    }

    @Test
    void aDirectoryReusedBelowTheBuildDirectoryMustBeOwnerOnlyAndNoLink() throws IOException {
        BuildTempDirectory build = BuildTempDirectory.create(openedRoot(tmp.resolve("root")), false);
        Path module = Fs.directoryWithMode(build.path().resolve("core"), "rwxr-xr-x");
        assertThatThrownBy(() -> build.forkDirectory("core", 1)).hasMessageContaining("has mode rwxr-xr-x");

        Files.delete(module);
        Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(module, elsewhere);
        assertThatThrownBy(() -> build.forkDirectory("core", 1)).hasMessageContaining("exists and is not a directory");
        assertThat(elsewhere).isEmptyDirectory();

        Files.delete(module);
        Files.delete(Marker.fileOf(build.path()));
        assertThatThrownBy(() -> build.forkDirectory("core", 1)).hasMessageContaining("has no .devdrive-marker");
        build.finish();
    }

    @Test
    void rejectsModuleNamesThatAreNotOneHarmlessPathSegment() throws IOException {
        try (BuildTempDirectory build = BuildTempDirectory.create(openedRoot(tmp.resolve("root")), false)) {
            for (String name : new String[] {"", "..", ".lock", "a/b", "a\\b", "/abs"}) {
                assertThatThrownBy(() -> build.moduleDirectory(name))
                        .as(name)
                        .isInstanceOf(IllegalArgumentException.class);
            }
            assertThat(build.moduleDirectory("my-lib_2.13")).isDirectory();
            assertThat(build.moduleDirectory("core+1a2b3c4d")).isDirectory();
        }
    }

    @Test
    void aFinishedDirectoryHandsOutNoMoreDirectories() throws IOException {
        BuildTempDirectory build = BuildTempDirectory.create(openedRoot(tmp.resolve("root")), false);
        build.finish();

        assertThatThrownBy(() -> build.forkDirectory("core", 1)).isInstanceOf(IllegalStateException.class);
        assertThat(build.path()).doesNotExist();
    }

    static TempRoot openedRoot(Path path) {
        TempRootOpening opening = TempRoot.open(path, path.getParent());
        assertThat(opening).isInstanceOf(TempRootOpening.Opened.class);
        return ((TempRootOpening.Opened) opening).root();
    }

    private static void deleteTree(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
