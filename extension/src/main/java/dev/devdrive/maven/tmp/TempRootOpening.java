package dev.devdrive.maven.tmp;

import java.nio.file.Path;
import java.util.Objects;

/** The outcome of {@link TempRoot#open(Path, Path)}: a root that is safe to use, or the reason it is not. */
public sealed interface TempRootOpening {

    /** The root exists, is a real directory of the current user, is owner-only, writable and has space. */
    record Opened(TempRoot root) implements TempRootOpening {
        public Opened {
            Objects.requireNonNull(root, "root");
        }
    }

    /**
     * The root must not be used; nothing was changed on an existing root.
     *
     * @param path   the normalized absolute path that was examined
     * @param reason why, in words a user can act on
     */
    record Refused(Path path, String reason) implements TempRootOpening {
        public Refused {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
