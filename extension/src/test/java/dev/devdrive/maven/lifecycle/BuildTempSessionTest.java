package dev.devdrive.maven.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devdrive.maven.tmp.BuildTempDirectory;
import dev.devdrive.maven.tmp.TempRoot;
import dev.devdrive.maven.tmp.TempRootOpening;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildTempSessionTest {

    @TempDir
    Path tmp;

    private final String mavenTmpdir = System.getProperty("java.io.tmpdir");
    private final BuildTempSession session = new BuildTempSession();

    @AfterEach
    void restore() {
        session.end();
        System.setProperty("java.io.tmpdir", mavenTmpdir);
    }

    /** The root made by the extension holds its marker file, and nothing else when no build is running. */
    private static boolean onlyTheRootsMarkerIn(Path root) throws IOException {
        try (var entries = Files.list(root)) {
            return entries.map(entry -> entry.getFileName().toString()).toList().equals(List.of(".devdrive-marker"));
        }
    }

    private TempRoot root(Path path) {
        return ((TempRootOpening.Opened) TempRoot.open(path, tmp)).root();
    }

    @Test
    void nothingIsCreatedUntilAForkNeedsIt() throws IOException {
        Path rootPath = tmp.resolve("root");
        session.start(root(rootPath), false);

        assertThat(onlyTheRootsMarkerIn(rootPath)).isTrue();
        assertThat(System.getProperty("java.io.tmpdir")).isEqualTo(mavenTmpdir);
    }

    @Test
    void theBuildDirectoryIsTheMavenJvmsTempUntilTheEnd() throws IOException {
        Path rootPath = tmp.resolve("root");
        session.start(root(rootPath), false);

        BuildTempDirectory directory = session.directory().orElseThrow();
        Files.writeString(directory.moduleDirectory("core").resolve("left.txt"), "12345");

        assertThat(System.getProperty("java.io.tmpdir"))
                .isEqualTo(directory.path().resolve(".maven").toString());
        assertThat(session.directory()).containsSame(directory);

        session.end();

        assertThat(System.getProperty("java.io.tmpdir")).isEqualTo(mavenTmpdir);
        assertThat(onlyTheRootsMarkerIn(rootPath)).isTrue();
    }

    @Test
    void aRootACleanRemovedIsMadeAgainWhenTheFirstForkNeedsIt() throws IOException {
        Path target = tmp.resolve("target");
        session.start(root(target.resolve("devdrive-tmp")), false);
        deleteTree(target);

        assertThat(session.directory()).isPresent();
        assertThat(target.resolve("devdrive-tmp")).isDirectory();
    }

    @Test
    void aRootReplacedByALinkBeforeFirstUseIsRefusedAndTempStaysWhereItWas() throws IOException {
        Path rootPath = tmp.resolve("root");
        session.start(root(rootPath), false);
        Files.delete(rootPath.resolve(".devdrive-marker"));
        Files.delete(rootPath);
        Path elsewhere = Files.createDirectory(tmp.resolve("elsewhere"));
        Files.createSymbolicLink(rootPath, elsewhere);

        assertThat(session.directory()).isEmpty();
        assertThat(session.directory()).isEmpty();
        assertThat(elsewhere).isEmptyDirectory();
        assertThat(System.getProperty("java.io.tmpdir")).isEqualTo(mavenTmpdir);
    }

    @Test
    void everyRunningModuleGetsEachForkNumberAForkCanDraw() throws IOException {
        session.start(root(tmp.resolve("root")), false);
        BuildTempDirectory directory = session.directory().orElseThrow();
        Object a = new Object();
        Object b = new Object();

        session.forksStarting(a, "a", 1);
        session.forksStarting(b, "b", 2);

        assertThat(directory.path().resolve("a")).isDirectoryContaining("glob:**/fork-3");
        assertThat(directory.path().resolve("b")).isDirectoryContaining("glob:**/fork-3");
        session.forksEnded(a);
        session.forksEnded(b);
        session.forksStarting(new Object(), "c", 1);
        assertThat(directory.path().resolve("c")).isDirectoryContaining("glob:**/fork-3");
        session.end();
    }

    @Test
    void withoutStartNothingIsRedirected() {
        assertThat(session.directory()).isEmpty();
    }

    private static void deleteTree(Path path) throws IOException {
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
