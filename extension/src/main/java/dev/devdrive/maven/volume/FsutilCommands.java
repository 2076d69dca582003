package dev.devdrive.maven.volume;

/**
 * The {@code fsutil devdrv} command lines for a volume, written once for the probe's notes and the report's
 * advice. The documented syntax is {@code fsutil devdrv trust [/f] <volume path>} and
 * {@code fsutil devdrv query [<volume path>]}.
 */
public final class FsutilCommands {

    private FsutilCommands() {}

    /**
     * A volume root as fsutil's {@code <volume path>}: {@code D:} for a drive, a folder mount point without its
     * trailing backslash, quoted when it has spaces (cmd and PowerShell both split on them).
     */
    public static String volume(String root) {
        if (root.matches("[A-Za-z]:\\\\")) {
            return root.substring(0, 2);
        }
        String folder = root.replaceAll("\\\\+$", "");
        String path = folder.isEmpty() ? root : folder;
        return path.contains(" ") ? "\"" + path + "\"" : path;
    }

    public static String trust(String root) {
        return "fsutil devdrv trust " + volume(root);
    }

    public static String query(String root) {
        return "fsutil devdrv query " + volume(root);
    }
}
