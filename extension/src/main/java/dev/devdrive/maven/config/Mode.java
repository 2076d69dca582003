package dev.devdrive.maven.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What {@code devdrive.mode} asks for. */
public enum Mode {
    /** Redirect only when the build directory is on a Dev Drive or on the volume named by {@code DEV_DRIVE}. */
    AUTO("auto"),
    /** Redirect to the build directory's volume, whatever it is. */
    SAME_VOLUME("same-volume"),
    /** Leave every temp directory as it is. */
    OFF("off");

    private final String value;

    Mode(String value) {
        this.value = value;
    }

    /** The spelling users write in {@code devdrive.mode}. */
    public String value() {
        return value;
    }

    static Optional<Mode> parse(String text) {
        String wanted = text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.value.equals(wanted)).findFirst();
    }

    static String validValues() {
        return Arrays.stream(values()).map(Mode::value).collect(Collectors.joining(", "));
    }
}
