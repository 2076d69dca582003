package dev.devdrive.maven.tmp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether a directory has a POSIX access control list beyond its mode bits. The JDK cannot read one, and an entry
 * such as {@code user:mallory:rwx} lets an account write that neither the owner nor the group names; the mode then
 * shows the ACL's mask as the group bits, so a directory with such an entry always looks group-writable.
 */
final class PosixAcl {

    private PosixAcl() {}

    /**
     * @throws IOException when {@code getfacl} (Debian package {@code acl}) cannot answer: then nobody can vouch
     *                     that no other account may write
     */
    static boolean hasExtendedEntries(Path directory) throws IOException {
        return CommandOutput.lines(
                        List.of("getfacl", "--absolute-names", "--omit-header", "--skip-base", directory.toString()),
                        List.of())
                .stream()
                .anyMatch(line -> !line.isBlank());
    }
}
