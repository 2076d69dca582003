package dev.devdrive.maven.tmp;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.Set;

/**
 * The proof that the extension made a directory: a small owner-only file with a fixed name and content, written
 * right after the directory is created. Only what carries it (the per-user root, each {@code b-*} build directory) is
 * ever reclaimed or deleted; a directory without it is not ours, whatever its name and age. The user's own
 * {@code b-thesis} and the directories of versions before the marker stay untouched.
 */
enum Marker {
    ROOT("devdrive-maven temp root\n"),
    BUILD("devdrive-maven build directory\n");

    static final String FILE_NAME = ".devdrive-marker";

    private final byte[] content;

    Marker(String content) {
        this.content = content.getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes the marker in {@code directory}, which this process has just created; fails if one exists. */
    void write(Path directory) throws IOException {
        Set<OpenOption> options =
                Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileAttribute<?>[] ownerOnly = OwnerOnlyDirectories.isPosix(directory.getFileSystem())
                ? new FileAttribute<?>[] {
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))
                }
                : new FileAttribute<?>[0];
        try (var channel = Files.newByteChannel(fileOf(directory), options, ownerOnly)) {
            channel.write(java.nio.ByteBuffer.wrap(content));
        }
    }

    /** True when {@code directory} holds this marker: a regular file (not a link) with exactly its content. */
    boolean isOn(Path directory) {
        Path file = fileOf(directory);
        try {
            BasicFileAttributes attributes =
                    Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!attributes.isRegularFile() || attributes.size() != content.length) {
                return false;
            }
            try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
                return Arrays.equals(in.readNBytes(content.length + 1), content);
            }
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException | RuntimeException e) {
            return false; // unreadable: not provably ours
        }
    }

    static Path fileOf(Path directory) {
        return directory.resolve(FILE_NAME);
    }
}
