package dev.devdrive.maven.policy;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place the build's temp directories may go. A root in a build directory is per module: each module's forks get
 * their directory in the module's own build directory, which only that module's {@code clean} removes, and Maven
 * runs that before the module's forks. One root for the whole reactor in one project's build directory would be
 * pulled from under running forks by that project's late {@code clean} (an aggregator that depends on its modules
 * is built after them).
 *
 * @param path      the root; for a per-module root, the top-level project's (what the report shows and measures)
 * @param perModule whether each module uses {@code devdrive-tmp} in its own build directory instead of {@code path}
 */
public record RootCandidate(Path path, boolean perModule) {

    public RootCandidate {
        Objects.requireNonNull(path, "path");
    }

    static RootCandidate fixed(Path path) {
        return new RootCandidate(path, false);
    }

    static RootCandidate inEachBuildDirectory(Path topLevelBuildDirectory) {
        return new RootCandidate(topLevelBuildDirectory.resolve(TempRootPolicy.BUILD_DIRECTORY_ROOT), true);
    }

    /** The root for a module whose build directory is {@code moduleBuildDirectory}. */
    public Path pathFor(Path moduleBuildDirectory) {
        return perModule ? moduleBuildDirectory.resolve(TempRootPolicy.BUILD_DIRECTORY_ROOT) : path;
    }

    @Override
    public String toString() {
        return perModule ? path + " (each module in its own build directory)" : path.toString();
    }
}
