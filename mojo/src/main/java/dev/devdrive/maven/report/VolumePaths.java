package dev.devdrive.maven.report;

/** Builds paths from volume roots as strings, so advice for Windows can be computed anywhere. */
final class VolumePaths {

    private VolumePaths() {}

    /** {@code D:\} + {@code packages, maven} gives {@code D:\packages\maven}; {@code /} gives {@code /packages/maven}. */
    static String child(String root, String... segments) {
        String separator = isWindowsStyle(root) ? "\\" : "/";
        String base = root.replaceAll("[\\\\/]+$", "");
        return base + separator + String.join(separator, segments);
    }

    private static boolean isWindowsStyle(String root) {
        return root.contains("\\") || root.matches("^[A-Za-z]:.*");
    }
}
