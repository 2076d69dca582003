package dev.devdrive.maven.volume;

import java.util.Objects;

/**
 * A yes/no fact that detection may be unable to establish. {@code UNKNOWN} is never silently read as
 * {@code NO}: a locked Dev Drive is still a Dev Drive, so callers must decide what unknown means for them.
 *
 * @param state  the answer
 * @param reason why, in words a user can act on (for example {@code "ERROR_NOT_READY: volume is locked"})
 */
public record Answer(State state, String reason) {

    /** The three possible answers. */
    public enum State {
        YES,
        NO,
        UNKNOWN
    }

    public Answer {
        Objects.requireNonNull(state, "state");
        reason = reason == null ? "" : reason;
    }

    public static Answer yes(String reason) {
        return new Answer(State.YES, reason);
    }

    public static Answer no(String reason) {
        return new Answer(State.NO, reason);
    }

    public static Answer unknown(String reason) {
        return new Answer(State.UNKNOWN, reason);
    }

    public boolean isYes() {
        return state == State.YES;
    }

    public boolean isUnknown() {
        return state == State.UNKNOWN;
    }
}
