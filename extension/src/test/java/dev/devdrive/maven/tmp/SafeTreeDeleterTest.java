package dev.devdrive.maven.tmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Junctions cannot be made on Linux (nor under Wine 8): {@link Junctions} makes real directories read as
 * junctions do on Windows, through the same seam the deleter reads every entry with.
 */
class SafeTreeDeleterTest {

    @TempDir
    Path tmp;

    @Test
    void neverWalksIntoAJunctionPassedAsItsBase() throws IOException {
        Path target = Files.createDirectory(tmp.resolve("users-files"));
        Path precious = Fs.writeText(target.resolve("precious.txt"), "keep me");

        SafeTreeDeleter.TreeCount count = SafeTreeDeleter.deleteContents(target, Set.of(), Junctions.at(target));

        assertThat(precious).hasContent("keep me");
        assertThat(count.files()).isZero();
        assertThat(count.notDeleted()).isEqualTo(1);
    }

    @Test
    void removesAJunctionInsideAsItselfAndNothingBehindIt() throws IOException {
        Path base = Files.createDirectory(tmp.resolve("build"));
        Fs.write(base.resolve("left.bin"), 3);
        // stands for a junction whose target's entries the walker would see through it
        Path junction = Files.createDirectory(base.resolve("junction"));
        Path behind = Fs.writeText(junction.resolve("behind.txt"), "keep me");

        SafeTreeDeleter.TreeCount count = SafeTreeDeleter.deleteContents(base, Set.of(), Junctions.at(junction));

        assertThat(behind).hasContent("keep me");
        assertThat(base.resolve("left.bin")).doesNotExist();
        assertThat(count.files()).isEqualTo(2);
    }

    /** Directories that read as junctions: everything else as the file system says. */
    record Junctions(Set<Path> paths) implements EntryKinds {

        static Junctions at(Path... paths) {
            return new Junctions(Set.of(paths));
        }

        @Override
        public EntryKind of(Path path) throws IOException {
            if (paths.contains(path)) {
                // as JDK 17 reads a junction: a directory that is also "other", reparse-point attribute set
                return EntryKind.of(EntryKindTest.attributes(true, false, true), 0x410);
            }
            return NO_FOLLOW.of(path);
        }
    }
}
