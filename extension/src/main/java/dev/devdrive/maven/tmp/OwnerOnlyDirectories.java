package dev.devdrive.maven.tmp;

import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
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
                createWithOwnerOnlyDescriptor(dir);
            } else {
                Files.createDirectory(dir);
            }
            return true;
        } catch (FileAlreadyExistsException e) {
            // a junction reads as a directory on JDK 17-25: it is not one to put files in
            if (EntryKinds.NO_FOLLOW.orLink(dir) != EntryKind.DIRECTORY) {
                throw new FileAlreadyExistsException(dir.toString(), null, "exists and is not a directory");
            }
            return false;
        }
    }

    /**
     * Creates {@code dir} (its parent must exist) owner-only and carrying {@code marker} from the moment it appears:
     * it is made under a staging name beside it, marked, then renamed. So no other build ever sees it unmarked and
     * takes it for a directory the extension did not make.
     *
     * @return true when this call created it; false when it already existed (not examined: see {@link #checkOwn})
     */
    static boolean createMarked(Path dir, Marker marker) throws IOException {
        if (Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        Path staging = dir.resolveSibling("." + dir.getFileName() + ".new-" + BuildTempDirectory.randomName());
        createIfMissing(staging);
        try {
            marker.write(staging);
            Files.move(staging, dir);
            return true;
        } catch (FileAlreadyExistsException | DirectoryNotEmptyException e) {
            return false; // another build made it at the same moment
        } finally {
            if (Files.exists(staging, LinkOption.NOFOLLOW_LINKS)) {
                SafeTreeDeleter.deleteEntry(Marker.fileOf(staging));
                SafeTreeDeleter.deleteEntry(staging);
            }
        }
    }

    /**
     * Checks a directory the extension reuses below a root: a real directory (not a link or junction), owned by
     * {@code owner} and, on POSIX, mode 0700. Read only: what fails is refused, never repaired.
     *
     * @param owner the root's owner, the current user; null where owners are judged by ACL (Windows)
     */
    static void checkOwn(Path dir, UserPrincipal owner) throws IOException {
        EntryKind kind = EntryKinds.NO_FOLLOW.orLink(dir);
        if (kind != EntryKind.DIRECTORY) {
            throw new IOException(dir + " is " + (kind == EntryKind.LINK ? "a link or junction" : "not a directory")
                    + " where the extension expects a directory of its own");
        }
        if (!isPosix(dir.getFileSystem())) {
            return;
        }
        UserPrincipal actual = Files.getOwner(dir, LinkOption.NOFOLLOW_LINKS);
        if (owner != null && !actual.equals(owner)) {
            throw new IOException(dir + " is owned by " + actual.getName() + ", not by " + owner.getName());
        }
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(dir, LinkOption.NOFOLLOW_LINKS);
        if (!mode.equals(OWNER_ONLY)) {
            throw new IOException(dir + " has mode " + PosixFilePermissions.toString(mode) + ", not rwx------");
        }
    }

    /** The descriptor is part of the creation: no moment with the parent's inheritable entries. */
    private static void createWithOwnerOnlyDescriptor(Path dir) throws IOException {
        try {
            WindowsSecurity.createDirectory(
                    dir, WindowsOwnerOnlyAcl.securityDescriptor(WindowsSecurity.currentUserSid()));
        } catch (LinkageError e) {
            // without JNA no directory can be made owner-only: refuse rather than create an open one
            throw new IOException("cannot create " + dir + " owner-only: advapi32 is not reachable through JNA: " + e);
        }
    }

    static boolean isPosix(FileSystem fs) {
        return fs.supportedFileAttributeViews().contains("posix");
    }

    static boolean isAcl(FileSystem fs) {
        return fs.supportedFileAttributeViews().contains("acl");
    }
}
