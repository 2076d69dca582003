package dev.devdrive.maven.tmp;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/** The outcome of {@link TempRoot#open(Path, Path)}: a root that is safe to use, or the reason it is not. */
public sealed interface TempRootOpening {

    /** The opened root, or empty after handing the refusal to {@code onRefused} (to log or keep its reason). */
    Optional<TempRoot> root(Consumer<Refused> onRefused);

    /** The opened root, for callers that cannot go on without it. */
    default TempRoot rootOrThrow() throws IOException {
        StringBuilder refusal = new StringBuilder();
        Optional<TempRoot> root = root(refused -> refusal.append("temp root ")
                .append(refused.path())
                .append(" refused: ")
                .append(refused.reason()));
        if (root.isEmpty()) {
            throw new IOException(refusal.toString());
        }
        return root.get();
    }

    /** The root exists, is a real directory of the current user, is owner-only, writable and has space. */
    record Opened(TempRoot root) implements TempRootOpening {
        public Opened {
            Objects.requireNonNull(root, "root");
        }

        @Override
        public Optional<TempRoot> root(Consumer<Refused> onRefused) {
            return Optional.of(root);
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

        @Override
        public Optional<TempRoot> root(Consumer<Refused> onRefused) {
            onRefused.accept(this);
            return Optional.empty();
        }
    }
}
