package dev.devdrive.maven.tmp;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

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

    /** st_mode bits: write for the group, for others, and the sticky bit (only an entry's owner may rename it). */
    private static final int GROUP_WRITE = 0020;

    private static final int OTHERS_WRITE = 0002;

    private static final int STICKY = 01000;

    /** What every refusal ends with when the root is only the wrong place, not the wrong permissions. */
    static final String ELSEWHERE = "set devdrive.tmpRoot to a directory of your own";

    private RootSafetyCheck() {}

    /**
     * The reason to refuse {@code root} (normalized and absolute), or empty when it is safe. Each reason ends with
     * what the user can do about it.
     *
     * The root's ancestors are checked before it is created, by {@link #ancestorRefusal}.
     */
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
            return Optional.of("it is not a directory; remove it, or " + ELSEWHERE);
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
            return Optional.of(
                    "it is not writable (" + e + "); make it writable, or " + ELSEWHERE + " on a writable volume");
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
            return Optional.of("it is owned by " + owner.getName() + ", not by the current user "
                    + currentUser.getName() + "; have it removed (the extension then makes one of yours) or given to "
                    + currentUser.getName() + " (chown " + currentUser.getName() + " " + root + "), or "
                    + ELSEWHERE);
        }
        return Optional.empty();
    }

    /**
     * Whoever can rename a directory above the root can move the root away and put a link to their own directory in
     * its place (CERT FIO00-J). So every ancestor must belong to someone who already controls the build: the
     * current user, root, or the owner of the project directory, who can change the POM anyway (a container
     * running as root over a source tree mounted from the host). And no other user may write in it, unless its
     * sticky bit (as on {@code /tmp}) lets each user rename only their own entries: not others, and not its group
     * unless every account that can write through the group ({@link GroupWriters}) is one of those trusted to own
     * it. Accounts are compared by name, as initgroups puts a user in the groups that list the name. Checked before
     * anything is created, over the ancestors that exist (the ones the extension creates are the current user's); a
     * link among them is left to the link checks, which refuse it with their own reason.
     *
     * @param root             the normalized absolute root, which may not exist yet
     * @param projectDirectory the top-level project's directory; its owner may own the root's ancestors too
     */
    static Optional<String> ancestorRefusal(Path root, Path projectDirectory) throws IOException {
        if (!OwnerOnlyDirectories.isPosix(root.getFileSystem())) {
            return Optional.empty();
        }
        Optional<UserPrincipal> currentUser = userNamed(System.getProperty("user.name"), root);
        Optional<UserPrincipal> projectOwner = ownerOf(projectDirectory);
        Set<String> trustedNames = new TreeSet<>(List.of("root", System.getProperty("user.name", "root")));
        projectOwner.ifPresent(owner -> trustedNames.add(owner.getName()));
        // with umask 002 every ancestor the user made is group-writable, mostly through one group: look it up once
        Map<Integer, Set<String>> writersByGroup = new HashMap<>();
        for (Path ancestor = root.getParent(); ancestor != null; ancestor = ancestor.getParent()) {
            if (!Files.exists(ancestor, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(ancestor)) {
                continue;
            }
            Map<String, Object> unix = Files.readAttributes(ancestor, "unix:uid,mode", LinkOption.NOFOLLOW_LINKS);
            UserPrincipal owner = Files.getOwner(ancestor, LinkOption.NOFOLLOW_LINKS);
            boolean trusted = currentUser.filter(owner::equals).isPresent()
                    || (Integer) unix.get("uid") == 0
                    || projectOwner.filter(owner::equals).isPresent();
            if (!trusted) {
                return Optional.of("its parent directory " + ancestor + " is owned by " + owner.getName()
                        + ", who could move the root away and put a link in its place; every directory above the"
                        + " root must belong to you, root or the project's owner: " + ELSEWHERE
                        + " below such directories");
            }
            int mode = (Integer) unix.get("mode");
            if ((mode & STICKY) != 0) {
                continue;
            }
            if ((mode & OTHERS_WRITE) == 0 && (mode & GROUP_WRITE) != 0) {
                Optional<String> refusal = groupRefusal(ancestor, trustedNames, writersByGroup);
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
            if ((mode & OTHERS_WRITE) != 0) {
                return Optional.of("its parent directory " + ancestor + " is writable by other users (mode "
                        + PosixFilePermissions.toString(
                                Files.getPosixFilePermissions(ancestor, LinkOption.NOFOLLOW_LINKS))
                        + ") without the sticky bit, so they could move the root away and put a link in its place;"
                        + " make it writable by its owner only (chmod go-w " + ancestor + ") or sticky (chmod +t "
                        + ancestor + "), or " + ELSEWHERE + " elsewhere");
            }
        }
        return Optional.empty();
    }

    /**
     * A group-writable ancestor is safe only while every account that can write through its group is trusted, and
     * no access control list lets another account write (its mask shows as the group bits): the private group
     * Debian and Ubuntu give each user (with umask 002 every directory they make is group-writable) passes, until
     * someone adds another account to it or grants one write access with {@code setfacl}.
     */
    private static Optional<String> groupRefusal(
            Path ancestor, Set<String> trusted, Map<Integer, Set<String>> writersByGroup) throws IOException {
        PosixFileAttributes attributes =
                Files.readAttributes(ancestor, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        String group = attributes.group().getName();
        Set<String> others = new TreeSet<>();
        String who;
        try {
            if (PosixAcl.hasExtendedEntries(ancestor)) {
                return Optional.of("its parent directory " + ancestor + " has an access control list that can let"
                        + " other accounts write in it, without the sticky bit, so they could move the root away and"
                        + " put a link in its place; remove it (setfacl -b " + ancestor + ") or " + ELSEWHERE
                        + " elsewhere");
            }
        } catch (IOException e) {
            return Optional.of("its parent directory " + ancestor + " is group-writable and whether an access control"
                    + " list lets other accounts write in it cannot be read (" + e.getMessage() + "); install getfacl"
                    + " (package acl), make it writable by its owner only (chmod g-w " + ancestor + "), or "
                    + ELSEWHERE + " elsewhere");
        }
        try {
            int gid = (Integer) Files.getAttribute(ancestor, "unix:gid", LinkOption.NOFOLLOW_LINKS);
            Set<String> writers = writersByGroup.get(gid);
            if (writers == null) {
                writers = GroupWriters.lookUp(gid);
                writersByGroup.put(gid, writers);
            }
            others.addAll(writers);
            others.removeAll(trusted);
            others.remove(attributes.owner().getName());
            if (others.isEmpty()) {
                return Optional.empty();
            }
            who = "other accounts can write through it (" + String.join(", ", others) + ")";
        } catch (IOException e) {
            who = "its members cannot be read from the account databases (" + e.getMessage() + ")";
        }
        return Optional.of("its parent directory " + ancestor + " is writable through its group " + group + " and "
                + who + ", without the sticky bit, so they could move the root away and put a link in its place;"
                + " make it writable by its owner only (chmod g-w " + ancestor + ") or sticky (chmod +t " + ancestor
                + "), or " + ELSEWHERE + " elsewhere");
    }

    private static Optional<UserPrincipal> userNamed(String name, Path onFileSystemOf) {
        try {
            return Optional.of(onFileSystemOf
                    .getFileSystem()
                    .getUserPrincipalLookupService()
                    .lookupPrincipalByName(name));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<UserPrincipal> ownerOf(Path directory) {
        try {
            return Optional.of(Files.getOwner(directory));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
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
            return Optional.of("its permissions cannot be read (" + e + "); " + ELSEWHERE);
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
                        + MIN_USABLE_BYTES + " needed); free some space on it, or " + ELSEWHERE
                        + " on another volume");
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.of("its free space cannot be read (" + e + "); " + ELSEWHERE + " on another volume");
        }
    }
}
