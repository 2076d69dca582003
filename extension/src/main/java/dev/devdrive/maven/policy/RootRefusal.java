package dev.devdrive.maven.policy;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A candidate root the build will not use.
 *
 * @param path   the directory that failed a check: the root, or the extension's namespace inside it
 * @param reason why, with what to change, in words a user can act on
 */
public record RootRefusal(Path path, String reason) {

    public RootRefusal {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String toString() {
        return path + " refused: " + reason;
    }
}
