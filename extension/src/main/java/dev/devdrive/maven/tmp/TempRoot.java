package dev.devdrive.maven.tmp;

import dev.devdrive.maven.policy.RootRefusal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A directory below which the forked JVMs of builds get their temp directories. Only {@link #open(Path, Path)}
 * makes one, so holding a {@code TempRoot} means the checks of {@link RootSafetyCheck} passed.
 */
public final class TempRoot {

    private static final Set<PosixFilePermission> SHARED_PARENT = PosixFilePermissions.fromString("rwxr-xr-x");

    /**
     * The directory of the extension's own inside a per-user directory it did not make, such as an existing
     * {@code /scratch/<user>}: the user's files there are never listed, reclaimed or deleted, whatever their names.
     */
    static final String NAMESPACE = ".devdrive";

    private final Path path;
    private final Path requested;
    private final Path projectDirectory;
    private final UserPrincipal owner;

    private TempRoot(Path path, Path requested, Path projectDirectory, UserPrincipal owner) {
        this.path = path;
        this.requested = requested;
        this.projectDirectory = projectDirectory;
        this.owner = owner;
    }

    /**
     * Opens {@code requested}, creating it owner-only and marked ({@link Marker#ROOT}) when missing. Missing
     * parents are created with the default permissions because a parent such as {@code <volume>/.devdrive-tmp} is
     * shared by the users of the machine; the root itself is the private part. An existing root is never changed:
     * when it is unsafe (a link or junction, another user's, group or world accessible, not writable, nearly full)
     * the answer is a refusal with the reason. An existing safe root that the extension did not make (no marker:
     * the user's own directory, or one of a version before markers) is used through {@link #NAMESPACE}, a marked
     * directory of the extension's own inside it, so nothing of the user's is ever taken for a dead build's.
     * Never throws for I/O problems.
     *
     * @param projectDirectory the top-level project's directory, whose owner may own the root's parents
     */
    public static TempRootOpening open(Path requested, Path projectDirectory) {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Path root = requested.toAbsolutePath().normalize();
        Path examined = root;
        try {
            Optional<String> refusal = RootSafetyCheck.ancestorRefusal(root, projectDirectory);
            if (refusal.isEmpty()) {
                refusal = createIfMissing(root);
            }
            if (refusal.isEmpty()) {
                refusal = RootSafetyCheck.refusalFor(root);
            }
            if (refusal.isEmpty() && !Marker.ROOT.isOn(root)) {
                examined = root.resolve(NAMESPACE);
                refusal = namespaceRefusal(examined);
            }
            if (refusal.isPresent()) {
                return new TempRootOpening.Refused(examined, refusal.get());
            }
            // the same directory, named without 8.3 short names
            Path real = examined.toRealPath();
            UserPrincipal owner = OwnerOnlyDirectories.isPosix(real.getFileSystem())
                    ? Files.getOwner(real, LinkOption.NOFOLLOW_LINKS)
                    : null;
            return new TempRootOpening.Opened(new TempRoot(real, root, projectDirectory, owner));
        } catch (IOException | RuntimeException e) {
            return new TempRootOpening.Refused(examined, cannotExamine(e));
        }
    }

    /**
     * The refusal {@link #open} would give, found without creating or changing anything: the build decides with it
     * before any mojo runs (an IDE import must leave nothing behind), and the report shows it. A missing root
     * passes when the directories it would be created in pass, and so does a missing namespace in a safe directory
     * of the user's; creating either may still fail, which opening the root for the first fork then says.
     */
    public static Optional<RootRefusal> inspect(Path requested, Path projectDirectory) {
        Path root = requested.toAbsolutePath().normalize();
        Path examined = root;
        try {
            Optional<String> refusal = RootSafetyCheck.ancestorRefusal(root, projectDirectory);
            if (refusal.isEmpty() && !Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                return missingRootRefusal(root).map(reason -> new RootRefusal(root, reason));
            }
            if (refusal.isEmpty()) {
                refusal = RootSafetyCheck.refusalFor(root);
            }
            if (refusal.isEmpty() && !Marker.ROOT.isOn(root)) {
                examined = root.resolve(NAMESPACE);
                if (Files.exists(examined, LinkOption.NOFOLLOW_LINKS)) {
                    refusal =
                            Marker.ROOT.isOn(examined) ? RootSafetyCheck.refusalFor(examined) : Optional.of(notOurs());
                }
            }
            Path refused = examined;
            return refusal.map(reason -> new RootRefusal(refused, reason));
        } catch (IOException | RuntimeException e) {
            return Optional.of(new RootRefusal(examined, cannotExamine(e)));
        }
    }

    private static String cannotExamine(Exception e) {
        return "it cannot be created or examined (" + e + "); check the permissions of the directories above it, or "
                + RootSafetyCheck.ELSEWHERE;
    }

    /**
     * Opens this root again with all its checks: a {@code clean} may have removed it since, or someone may have
     * replaced it with a link.
     */
    public TempRootOpening reopen() {
        return open(requested, projectDirectory);
    }

    /** The normalized absolute path of the root; it is its own real path. */
    public Path path() {
        return path;
    }

    private static Optional<String> createIfMissing(Path root) throws IOException {
        if (Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Optional<String> refusal = missingRootRefusal(root);
        if (refusal.isEmpty()) {
            createSharedParents(root.getParent());
            OwnerOnlyDirectories.createMarked(root, Marker.ROOT);
        }
        return refusal;
    }

    /**
     * Checked before creating anything: directories created through a link would land somewhere the user did not
     * name, and refusing afterwards would leave them behind.
     */
    private static Optional<String> missingRootRefusal(Path root) throws IOException {
        Path existing = root.getParent();
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.of("none of its parents exists; " + RootSafetyCheck.ELSEWHERE);
        }
        Path parent = existing;
        Optional<String> throughLink = RootSafetyCheck.resolvedThroughLink(parent)
                .map(real -> "its parent " + parent + " resolves to " + real
                        + " through a link; name the real path instead");
        if (throughLink.isPresent()) {
            return throughLink;
        }
        if (Files.getFileStore(parent).isReadOnly()) {
            return Optional.of("it cannot be created: " + parent + " is on a volume mounted read-only (Read-only file"
                    + " system); " + RootSafetyCheck.ELSEWHERE);
        }
        if (!Files.isWritable(parent)) {
            return Optional.of("it cannot be created: the current user cannot write in " + parent + "; "
                    + RootSafetyCheck.ELSEWHERE);
        }
        return Optional.empty();
    }

    /** The extension's namespace in a safe directory it did not make: created marked, or refused when not ours. */
    private static Optional<String> namespaceRefusal(Path namespace) throws IOException {
        if (!OwnerOnlyDirectories.createMarked(namespace, Marker.ROOT) && !Marker.ROOT.isOn(namespace)) {
            return Optional.of(notOurs());
        }
        return RootSafetyCheck.refusalFor(namespace);
    }

    private static String notOurs() {
        return "it exists but the extension did not make it (it has no " + Marker.FILE_NAME
                + " file), so it is not used; move it away, or " + RootSafetyCheck.ELSEWHERE;
    }

    /** The owner every directory below the root must have: the current user; null where the ACL decides. */
    UserPrincipal owner() {
        return owner;
    }

    /**
     * Parents such as {@code <volume>/.devdrive-tmp} hold other users' roots too. Whatever the umask, only their
     * creator may write in them, so nobody can rename a user's root and put a directory or link of theirs in its
     * place; other users then fall back to their build directory.
     */
    private static void createSharedParents(Path parent) throws IOException {
        if (OwnerOnlyDirectories.isPosix(parent.getFileSystem())) {
            Files.createDirectories(parent, PosixFilePermissions.asFileAttribute(SHARED_PARENT));
        } else {
            Files.createDirectories(parent);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TempRoot that && path.equals(that.path);
    }

    @Override
    public int hashCode() {
        return path.hashCode();
    }

    @Override
    public String toString() {
        return path.toString();
    }
}
