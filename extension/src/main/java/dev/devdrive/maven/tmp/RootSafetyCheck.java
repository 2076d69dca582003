package dev.devdrive.maven.tmp;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Decides whether an existing directory is safe to hold other processes' temp files. Reads, never changes. */
final class RootSafetyCheck {

    /**
     * Below this much usable space the root is refused. A forked test JVM writes booter files, argument
     * files and whatever its tests put in java.io.tmpdir; on an almost full volume that fails in the
     * middle of the tests with confusing I/O errors, while refusing up front lets the build keep the temp
     * directory it worked with before. 16 MiB is small enough never to refuse a healthy volume.
     */
    static final long MIN_USABLE_BYTES = 16L * 1024 * 1024;

    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ,
            PosixFilePermission.GROUP_WRITE,
            PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ,
            PosixFilePermission.OTHERS_WRITE,
            PosixFilePermission.OTHERS_EXECUTE);

    private RootSafetyCheck() {}

    /** The reason to refuse {@code root} (normalized and absolute), or empty when it is safe. */
    static Optional<String> refusalFor(Path root) throws IOException {
        BasicFileAttributes attributes =
                Files.readAttributes(root, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        if (attributes.isSymbolicLink()) {
            return Optional.of("it is a symbolic link; name a real directory instead");
        }
        if (attributes.isOther()) {
            return Optional.of("it is a junction or another special file; name a real directory instead");
        }
        if (!attributes.isDirectory()) {
            return Optional.of("it is not a directory");
        }
        Optional<Path> real = resolvedThroughLink(root);
        if (real.isPresent()) {
            return Optional.of("it resolves to " + real.get() + " through a link; name the real path instead");
        }
        return ownerAndWritability(root)
                .or(() -> posixMode(root))
                .or(() -> windowsAcl(root))
                .or(() -> space(root));
    }

    /**
     * The real path of {@code path} (normalized, absolute, existing) when a link or junction lies on the way to
     * it. A real path that differs only by Windows 8.3 short names ({@code C:\PROGRA~1}) names the same
     * directory without any link, so that is not one.
     */
    static Optional<Path> resolvedThroughLink(Path path) throws IOException {
        Path real = path.toRealPath();
        if (real.equals(path)) {
            return Optional.empty();
        }
        Path prefix = path.getRoot();
        for (Path name : path) {
            prefix = prefix == null ? name : prefix.resolve(name);
            if (EntryKinds.NO_FOLLOW.of(prefix) == EntryKind.LINK) {
                return Optional.of(real);
            }
        }
        return Optional.empty();
    }

    /**
     * Writes a probe file: the only honest writability test (a process running as root passes every
     * permission check, but not a read-only mount or an immutable directory), and its owner is the
     * current user as the file system sees it, which is what the root's owner must be.
     */
    private static Optional<String> ownerAndWritability(Path root) throws IOException {
        Path probe;
        try {
            probe = Files.createTempFile(root, ".probe-", ".tmp");
        } catch (IOException e) {
            return Optional.of("it is not writable: " + e);
        }
        UserPrincipal currentUser;
        try {
            currentUser = Files.getOwner(probe, LinkOption.NOFOLLOW_LINKS);
        } finally {
            Files.deleteIfExists(probe);
        }
        if (!OwnerOnlyDirectories.isPosix(root.getFileSystem())) {
            // an elevated process's files belong to Administrators: the owner is judged with the ACL
            return Optional.empty();
        }
        UserPrincipal owner = Files.getOwner(root, LinkOption.NOFOLLOW_LINKS);
        if (!owner.equals(currentUser)) {
            return Optional.of(
                    "it is owned by " + owner.getName() + ", not by the current user " + currentUser.getName());
        }
        return Optional.empty();
    }

    private static Optional<String> posixMode(Path root) {
        if (!OwnerOnlyDirectories.isPosix(root.getFileSystem())) {
            return Optional.empty();
        }
        try {
            Set<PosixFilePermission> mode = Files.getPosixFilePermissions(root, LinkOption.NOFOLLOW_LINKS);
            if (mode.stream().anyMatch(GROUP_OR_OTHERS::contains)) {
                return Optional.of("other users can access it (mode " + PosixFilePermissions.toString(mode)
                        + "); it must be rwx------ (chmod 700), which is not changed for you");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("its permissions cannot be read: " + e);
        }
    }

    /** Windows: owned by the user, and nobody but the user, SYSTEM and Administrators allowed in. */
    private static Optional<String> windowsAcl(Path root) {
        FileSystem fs = root.getFileSystem();
        if (OwnerOnlyDirectories.isPosix(fs) || !OwnerOnlyDirectories.isAcl(fs)) {
            return Optional.empty();
        }
        try {
            if (!Files.getFileStore(root).supportsFileAttributeView(AclFileAttributeView.class)) {
                return Optional.empty(); // FAT and exFAT keep no access control lists
            }
            AclFileAttributeView view =
                    Files.getFileAttributeView(root, AclFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
            UserPrincipal user = WindowsSecurity.principal(fs, WindowsSecurity.currentUserSid());
            Set<UserPrincipal> trusted = Set.of(
                    WindowsSecurity.principal(fs, WindowsSecurity.SYSTEM_SID),
                    WindowsSecurity.principal(fs, WindowsSecurity.ADMINISTRATORS_SID));
            return WindowsOwnerOnlyAcl.refusal(root, view.getOwner(), view.getAcl(), user, trusted);
        } catch (IOException | RuntimeException | LinkageError e) {
            return Optional.of("its owner and access control list cannot be read: " + e);
        }
    }

    private static Optional<String> space(Path root) {
        try {
            long usable = Files.getFileStore(root).getUsableSpace();
            if (usable < MIN_USABLE_BYTES) {
                return Optional.of("its volume is nearly full (" + usable + " bytes usable, at least "
                        + MIN_USABLE_BYTES + " needed)");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("its free space cannot be read: " + e);
        }
    }
}
