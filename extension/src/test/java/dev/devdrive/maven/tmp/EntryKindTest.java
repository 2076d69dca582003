package dev.devdrive.maven.tmp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;

class EntryKindTest {

    private static final int DIRECTORY = 0x10;

    @Test
    void aJunctionAsJdk17To25ReadItIsALink() {
        // JDK-8364277: isDirectory() and isOther() both true for a junction read with NOFOLLOW_LINKS
        assertThat(EntryKind.of(attributes(true, false, true), DIRECTORY | EntryKind.FILE_ATTRIBUTE_REPARSE_POINT))
                .isEqualTo(EntryKind.LINK);
        assertThat(EntryKind.of(attributes(true, false, true), 0)).isEqualTo(EntryKind.LINK);
    }

    @Test
    void aJunctionAsJdk26ReadsItIsALink() {
        assertThat(EntryKind.of(attributes(false, false, true), DIRECTORY | EntryKind.FILE_ATTRIBUTE_REPARSE_POINT))
                .isEqualTo(EntryKind.LINK);
    }

    @Test
    void aDirectoryWithTheReparsePointAttributeIsALinkWhateverTheJdkSays() {
        assertThat(EntryKind.of(attributes(true, false, false), DIRECTORY | EntryKind.FILE_ATTRIBUTE_REPARSE_POINT))
                .isEqualTo(EntryKind.LINK);
    }

    @Test
    void symbolicLinksAreLinks() {
        assertThat(EntryKind.of(attributes(false, true, false), 0)).isEqualTo(EntryKind.LINK);
    }

    @Test
    void plainDirectoriesFilesAndSpecialFiles() {
        assertThat(EntryKind.of(attributes(true, false, false), DIRECTORY)).isEqualTo(EntryKind.DIRECTORY);
        assertThat(EntryKind.of(attributes(false, false, false), 0)).isEqualTo(EntryKind.FILE);
        // a FIFO on Linux: "other" but not a directory, deleted like a file
        assertThat(EntryKind.of(attributes(false, false, true), 0)).isEqualTo(EntryKind.FILE);
    }

    static BasicFileAttributes attributes(boolean directory, boolean symbolicLink, boolean other) {
        return new BasicFileAttributes() {
            @Override
            public FileTime lastModifiedTime() {
                return FileTime.fromMillis(0);
            }

            @Override
            public FileTime lastAccessTime() {
                return FileTime.fromMillis(0);
            }

            @Override
            public FileTime creationTime() {
                return FileTime.fromMillis(0);
            }

            @Override
            public boolean isRegularFile() {
                return !directory && !symbolicLink && !other;
            }

            @Override
            public boolean isDirectory() {
                return directory;
            }

            @Override
            public boolean isSymbolicLink() {
                return symbolicLink;
            }

            @Override
            public boolean isOther() {
                return other;
            }

            @Override
            public long size() {
                return 0;
            }

            @Override
            public Object fileKey() {
                return null;
            }
        };
    }
}
