package dev.devdrive.maven.report;

import java.util.Objects;

/**
 * Something the user can change to make builds faster or safer.
 *
 * @param id      stable identifier, for example {@code trust-dev-drive}
 * @param message what is wrong and why it matters
 * @param action  the exact command or setting that fixes it; may span lines (a file snippet)
 */
public record Recommendation(String id, String message, String action) {

    public Recommendation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(action, "action");
    }
}
