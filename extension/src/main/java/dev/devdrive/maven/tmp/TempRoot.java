package dev.devdrive.maven.tmp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A directory below which the forked JVMs of builds get their temp directories. Only {@link #open(Path, Path)}
 * makes one, so holding a {@code TempRoot} means the checks of {@link RootSafetyCheck} passed.
 */
public final class TempRoot {

    private static final Set<PosixFilePermission> SHARED_PARENT = PosixFilePermissions.fromString("rwxr-xr-x");

    private final Path path;
    private final Path projectDirectory;

    private TempRoot(Path path, Path projectDirectory) {
        this.path = path;
        this.projectDirectory = projectDirectory;
    }

    /**
     * Opens {@code requested}, creating it owner-only when missing. Missing parents are created with the
     * default permissions because a parent such as {@code <volume>/.devdrive-tmp} is shared by the users
     * of the machine; the root itself is the private part. An existing root is never changed: when it is
     * unsafe (a link or junction, another user's, group or world accessible, not writable, nearly full)
     * the answer is a refusal with the reason. Never throws for I/O problems.
     *
     * @param projectDirectory the top-level project's directory, whose owner may own the root's parents
     */
    public static TempRootOpening open(Path requested, Path projectDirectory) {
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(projectDirectory, "projectDirectory");
        Path root = requested.toAbsolutePath().normalize();
        try {
            Optional<String> refusal = RootSafetyCheck.ancestorRefusal(root, projectDirectory);
            if (refusal.isEmpty()) {
                refusal = createIfMissing(root);
            }
            if (refusal.isEmpty()) {
                refusal = RootSafetyCheck.refusalFor(root);
            }
            if (refusal.isPresent()) {
                return new TempRootOpening.Refused(root, refusal.get());
            }
            // the same directory, named without 8.3 short names
            return new TempRootOpening.Opened(new TempRoot(root.toRealPath(), projectDirectory));
        } catch (IOException | RuntimeException e) {
            return cannotExamine(root, e);
        }
    }

    private static TempRootOpening.Refused cannotExamine(Path root, Exception e) {
        return new TempRootOpening.Refused(
                root,
                "it cannot be created or examined (" + e + "); check the permissions of the directories above it,"
                        + " or " + RootSafetyCheck.ELSEWHERE);
    }

    /**
     * The refusal {@link #open} would give, found without creating or changing anything: the build decides with it
     * before any mojo runs (an IDE import must leave nothing behind), and the report shows it. A missing root
     * passes when the directories it would be created in pass; creating it may still fail, which opening it for
     * the first fork then says.
     */
    public static Optional<TempRootOpening.Refused> inspect(Path requested, Path projectDirectory) {
        Path root = requested.toAbsolutePath().normalize();
        try {
            Optional<String> refusal = RootSafetyCheck.ancestorRefusal(root, projectDirectory);
            if (refusal.isEmpty()) {
                refusal = Files.exists(root, LinkOption.NOFOLLOW_LINKS)
                        ? RootSafetyCheck.refusalFor(root)
                        : missingRootRefusal(root);
            }
            return refusal.map(reason -> new TempRootOpening.Refused(root, reason));
        } catch (IOException | RuntimeException e) {
            return Optional.of(cannotExamine(root, e));
        }
    }

    /**
     * Opens this root again with all its checks: a {@code clean} may have removed it since, or someone may have
     * replaced it with a link.
     */
    public TempRootOpening reopen() {
        return open(path, projectDirectory);
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
            OwnerOnlyDirectories.createIfMissing(root);
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
        return RootSafetyCheck.resolvedThroughLink(parent)
                .map(real -> "its parent " + parent + " resolves to " + real
                        + " through a link; name the real path instead");
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
