package dev.devdrive.maven.tmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 21's data loss: {@code -Ddevdrive.tmpRoot=/scratch} where {@code /scratch/<user>} already exists (0700) and
 * holds the user's own {@code b-thesis/chapters/…} and {@code b-roll/}, older than the creation grace.
 */
class UsersOwnFilesTest {

    @TempDir
    Path tmp;

    private Path userDirectory;
    private Path chapter;
    private Path roll;

    @BeforeEach
    void usersOwnDirectory() throws IOException {
        userDirectory = Fs.directoryWithMode(tmp.resolve("scratch/alice"), "rwx------");
        chapter = Fs.writeText(userDirectory.resolve("b-thesis/chapters/01-introduction.tex"), "\\chapter{Intro}");
        roll = Fs.directoryWithMode(userDirectory.resolve("b-roll"), "rwx------");
        for (Path old :
                new Path[] {chapter, chapter.getParent(), chapter.getParent().getParent(), roll}) {
            Fs.makeOld(old);
        }
    }

    @Test
    void aBuildInTheUsersExistingDirectoryLeavesTheirBDirectoriesAlone() throws IOException {
        TempRoot root = BuildTempDirectoryTest.openedRoot(userDirectory);

        try (BuildTempDirectory build = BuildTempDirectory.create(root, false)) {
            assertThat(build.reclaimed()).isEqualTo(Reclaimed.NONE);
        }

        assertThat(chapter).hasContent("\\chapter{Intro}");
        assertThat(roll).isDirectory();
    }

    @Test
    void aKeepingBuildLeavesThemAloneToo() throws IOException {
        TempRoot root = BuildTempDirectoryTest.openedRoot(userDirectory);

        BuildTempDirectory.create(root, true).close();
        BuildTempDirectory.create(root, false).close();

        assertThat(chapter).hasContent("\\chapter{Intro}");
        assertThat(roll).isDirectory();
    }
}
