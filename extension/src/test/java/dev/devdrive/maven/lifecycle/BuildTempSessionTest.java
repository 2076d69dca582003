package dev.devdrive.maven.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devdrive.maven.config.Mode;
import dev.devdrive.maven.policy.RootCandidate;
import dev.devdrive.maven.policy.TempRootDecision;
import dev.devdrive.maven.tmp.BuildTempDirectory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildTempSessionTest {

    @TempDir
    Path tmp;

    private BuildTempSession session(RootCandidate... candidates) {
        return new BuildTempSession(
                new TempRootDecision(true, Mode.SAME_VOLUME, List.of(candidates), "test"), false, tmp, 0);
    }

    @Test
    void nothingIsCreatedUntilAForkNeedsIt() {
        Path rootPath = tmp.resolve("root");
        BuildTempSession session = session(new RootCandidate(rootPath, false));

        session.end();

        assertThat(rootPath).doesNotExist();
    }

    @Test
    void theJvmsTempDirectoryIsNeverTheBuildsOwn() throws IOException {
        String mavenTmpdir = System.getProperty("java.io.tmpdir");
        BuildTempSession session = session(new RootCandidate(tmp.resolve("root"), false));

        BuildTempDirectory directory =
                session.directoryFor(tmp.resolve("target")).orElseThrow();
        Files.writeString(directory.moduleDirectory("core").resolve("left.txt"), "12345");

        assertThat(System.getProperty("java.io.tmpdir")).isEqualTo(mavenTmpdir);
        session.end();
        assertThat(System.getProperty("java.io.tmpdir")).isEqualTo(mavenTmpdir);
        assertThat(onlyTheRootsMarkerIn(tmp.resolve("root"))).isTrue();
    }

    @Test
    void eachModuleGetsItsOwnBuildDirectoryRootSoThatAnotherProjectsCleanCannotReachIt() throws IOException {
        BuildTempSession session = session(new RootCandidate(tmp.resolve("target/devdrive-tmp"), true));

        BuildTempDirectory top = session.directoryFor(tmp.resolve("target")).orElseThrow();
        BuildTempDirectory core =
                session.directoryFor(tmp.resolve("core/target")).orElseThrow();
        Path fork =
                session.directoryFor(tmp.resolve("core/target")).orElseThrow().forkDirectory("core", 1);
        assertThat(top.path().getParent())
                .isEqualTo(tmp.resolve("target/devdrive-tmp").toRealPath());
        assertThat(core.path().getParent())
                .isEqualTo(tmp.resolve("core/target/devdrive-tmp").toRealPath());
        deleteTree(tmp.resolve("target"));

        assertThat(fork).isDirectory();
        session.end();
        assertThat(onlyTheRootsMarkerIn(tmp.resolve("core/target/devdrive-tmp")))
                .isTrue();
    }

    /**
     * {@code mvn -f /link/to/project/pom.xml}: Maven names every module's build directory through the link, while
     * the decision named the top-level one by its real path; a module's root must be found, not refused as reached
     * through a link.
     */
    @Test
    void aModuleNamedThroughALinkGetsItsRootAtTheRealPath() throws IOException {
        Path project = Files.createDirectories(tmp.resolve("real-project/core"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), tmp.resolve("real-project"));
        BuildTempSession session = session(
                new RootCandidate(tmp.resolve("real-project").toRealPath().resolve("target/devdrive-tmp"), true));

        BuildTempDirectory core =
                session.directoryFor(link.resolve("core/target")).orElseThrow();

        assertThat(core.path().getParent()).isEqualTo(project.toRealPath().resolve("target/devdrive-tmp"));
        session.end();
    }

    @Test
    void aSharedRootIsUsedByEveryModule() {
        BuildTempSession session = session(
                new RootCandidate(tmp.resolve("root"), false),
                new RootCandidate(tmp.resolve("target/devdrive-tmp"), true));

        assertThat(session.directoryFor(tmp.resolve("a/target")))
                .isEqualTo(session.directoryFor(tmp.resolve("b/target")));
        session.end();
    }

    @Test
    void aRefusedRootFallsBackToTheNextCandidate() throws IOException {
        Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(tmp.resolve("link"), elsewhere);
        BuildTempSession session =
                session(new RootCandidate(link, false), new RootCandidate(tmp.resolve("target/devdrive-tmp"), true));

        BuildTempDirectory directory =
                session.directoryFor(tmp.resolve("target")).orElseThrow();

        assertThat(directory.path().getParent())
                .isEqualTo(tmp.resolve("target/devdrive-tmp").toRealPath());
        assertThat(elsewhere).isEmptyDirectory();
        session.end();
    }

    @Test
    void aRootReplacedByALinkIsRefusedAndTempStaysWhereItWas() throws IOException {
        Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(tmp.resolve("root"), elsewhere);
        BuildTempSession session = session(new RootCandidate(tmp.resolve("root"), false));

        assertThat(session.directoryFor(tmp.resolve("target"))).isEmpty();
        assertThat(session.directoryFor(tmp.resolve("target"))).isEmpty();
        assertThat(elsewhere).isEmptyDirectory();
    }

    @Test
    void everyRunningModuleGetsEachForkNumberAForkCanDraw() throws IOException {
        BuildTempSession session = session(new RootCandidate(tmp.resolve("root"), false));
        BuildTempDirectory directory =
                session.directoryFor(tmp.resolve("target")).orElseThrow();
        Object a = new Object();
        Object b = new Object();

        session.forksStarting(a, directory, "a", 1);
        session.forksStarting(b, directory, "b", 2);

        assertThat(directory.path().resolve("a")).isDirectoryContaining("glob:**/fork-3");
        assertThat(directory.path().resolve("b")).isDirectoryContaining("glob:**/fork-3");
        session.forksEnded(a);
        session.forksEnded(b);
        session.forksStarting(new Object(), directory, "c", 1);
        assertThat(directory.path().resolve("c")).isDirectoryContaining("glob:**/fork-3");
        assertThat(directory.path().resolve("a")).isDirectoryNotContaining("glob:**/fork-4");
        session.end();
    }

    @Test
    void nothingIsMadeOnceTheBuildHasEnded() {
        BuildTempSession session = session(new RootCandidate(tmp.resolve("root"), false));
        session.end();

        assertThat(session.directoryFor(tmp.resolve("target"))).isEmpty();
        assertThat(tmp.resolve("root")).doesNotExist();
    }

    /** The root made by the extension holds its marker file, and nothing else when no build is running. */
    private static boolean onlyTheRootsMarkerIn(Path root) throws IOException {
        try (var entries = Files.list(root)) {
            return entries.map(entry -> entry.getFileName().toString()).toList().equals(List.of(".devdrive-marker"));
        }
    }

    private static void deleteTree(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
