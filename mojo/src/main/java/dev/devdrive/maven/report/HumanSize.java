package dev.devdrive.maven.report;

import java.util.Locale;

/** Byte counts as people read them: {@code 512 B}, {@code 4.0 MiB}, {@code 118.3 GiB}. */
public final class HumanSize {

    private static final String[] UNITS = {"B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"};

    private HumanSize() {}

    /** {@code ?} for a size that could not be read (negative). */
    public static String of(long bytes) {
        if (bytes < 0) {
            return "?";
        }
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
