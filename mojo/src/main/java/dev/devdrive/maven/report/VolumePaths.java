package dev.devdrive.maven.report;

import dev.devdrive.maven.volume.VolumeFacts;

/** Builds paths and labels from volume roots as strings, so advice for Windows can be computed anywhere. */
final class VolumePaths {

    private VolumePaths() {}

    /** {@code D:\} + {@code packages, maven} gives {@code D:\packages\maven}; {@code /} gives {@code /packages/maven}. */
    static String child(String root, String... segments) {
        String separator = isWindowsStyle(root) ? "\\" : "/";
        String base = root.replaceAll("[\\\\/]+$", "");
        return base + separator + String.join(separator, segments);
    }

    /** What {@code fsutil} expects: {@code D:} for a drive root, the folder without its trailing backslash else. */
    static String fsutilVolume(String root) {
        String trimmed = root.replaceAll("\\\\+$", "");
        return trimmed.isEmpty() ? root : trimmed;
    }

    /** {@code D:\ (ReFS)}, or just the root when the file system is unknown. */
    static String label(VolumeFacts volume) {
        return volume.fileSystem().isEmpty() ? volume.root() : volume.root() + " (" + volume.fileSystem() + ")";
    }

    static boolean isKnown(VolumeFacts volume) {
        return !volume.id().startsWith("unknown:");
    }

    private static boolean isWindowsStyle(String root) {
        return root.contains("\\") || root.matches("^[A-Za-z]:.*");
    }
}
