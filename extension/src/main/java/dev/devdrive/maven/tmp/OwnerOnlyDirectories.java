package dev.devdrive.maven.tmp;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/** Creates directories that only the current user can enter: mode 0700 on POSIX, an owner-only ACL on Windows. */
final class OwnerOnlyDirectories {

    static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyDirectories() {}

    /**
     * Creates {@code dir} (its parent must exist) owner-only from the first moment: the permissions are part
     * of the creation, so there is no window in which another user could open it.
     *
     * @return true when this call created it; false when it already existed as a real directory (another
     *     thread or build created it at the same moment, which is the same outcome)
     */
    static boolean createIfMissing(Path dir) throws IOException {
        FileSystem fs = dir.getFileSystem();
        try {
            if (isPosix(fs)) {
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
                // The umask can only remove bits (umask 0277 would leave r-x------); we created it, so set
                // the exact mode.
                if (!Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS)
                        .equals(OWNER_ONLY)) {
                    Files.setPosixFilePermissions(dir, OWNER_ONLY);
                }
            } else if (isAcl(fs)) {
                createWithOwnerOnlyAcl(dir, currentUser(fs));
            } else {
                Files.createDirectory(dir);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                throw new FileAlreadyExistsException(dir.toString(), null, "exists and is not a directory");
            }
            return false;
        }
    }

    private static void createWithOwnerOnlyAcl(Path dir, UserPrincipal user) throws IOException {
        FileAttribute<?> acl = WindowsOwnerOnlyAcl.attributeFor(user);
        Files.createDirectory(dir, acl);
        // Windows merges inheritable entries of the parent into an ACL given at creation; setting it again
        // afterwards replaces the list exactly, so the directory is really owner-only.
        Files.getFileAttributeView(dir, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS)
                .setAcl(WindowsOwnerOnlyAcl.entriesFor(user));
    }

    static boolean isPosix(FileSystem fs) {
        return fs.supportedFileAttributeViews().contains("posix");
    }

    private static boolean isAcl(FileSystem fs) {
        return fs.supportedFileAttributeViews().contains("acl");
    }

    private static UserPrincipal currentUser(FileSystem fs) throws IOException {
        return fs.getUserPrincipalLookupService().lookupPrincipalByName(System.getProperty("user.name"));
    }
}
