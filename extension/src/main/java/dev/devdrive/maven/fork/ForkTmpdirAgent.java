package dev.devdrive.maven.fork;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Runs in each forked test JVM before the tests and creates its {@code java.io.tmpdir} if missing. The extension
 * creates {@code fork-1} to {@code fork-<forkCount>} in advance, but Surefire numbers a fork beyond
 * {@code forkCount} when one ends while the next starts, and the JDK never creates its temp directory itself.
 * Only JDK classes are used here: this class is all the agent jar holds.
 */
public final class ForkTmpdirAgent {

    private ForkTmpdirAgent() {}

    public static void premain(String arguments) {
        Path tmpdir = Path.of(System.getProperty("java.io.tmpdir"));
        try {
            if (tmpdir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createDirectory(
                        tmpdir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                // on Windows the owner-only ACL of the module directory above is inherited
                Files.createDirectory(tmpdir);
            }
        } catch (FileAlreadyExistsException e) {
            // made in advance by the extension
        } catch (IOException | RuntimeException e) {
            System.err.println("[devdrive] cannot create java.io.tmpdir " + tmpdir + ": " + e);
        }
    }
}
