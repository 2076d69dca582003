package dev.devdrive.maven.policy;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The root checks (links, owner, mode, ancestors, free space, marker) made without creating anything: the one seam
 * through which both the build and {@code devdrive:report} look at a candidate root on disk.
 */
@FunctionalInterface
public interface RootInspection {

    /**
     * @param root             a candidate root
     * @param projectDirectory the top-level project's directory, whose owner may own the directories above the root
     * @return why the root must not be used, or empty when a build may use it
     */
    Optional<RootRefusal> refusal(Path root, Path projectDirectory);
}
