package dev.devdrive.maven.volume.windows;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves {@code subst} drives. {@code Path.toRealPath} keeps {@code X:\src} when {@code X:} is
 * {@code subst X: C:\work}, and volume calls on {@code X:\} name no volume; {@code QueryDosDevice("X:")}
 * answers {@code \??\C:\work}, the directory it stands for.
 */
final class SubstDrives {

    private static final Pattern DRIVE_PATH = Pattern.compile("([A-Za-z]):(\\\\.*)?");

    /** Object manager prefix of a DOS path target; a drive letter's target otherwise is a device. */
    private static final String DOS_PREFIX = "\\??\\";

    private static final String UNC_PREFIX = DOS_PREFIX + "UNC\\";

    /** A subst drive may point into another subst drive; more levels than this mean a loop. */
    private static final int MAX_DEPTH = 8;

    private SubstDrives() {}

    /** The path with every {@code subst} drive replaced by its target; unchanged when there is none. */
    static String resolve(String path, Win32VolumeApi api) {
        String current = path;
        for (int depth = 0; depth < MAX_DEPTH; depth++) {
            Matcher drive = DRIVE_PATH.matcher(current);
            if (!drive.matches()) {
                return current;
            }
            Win32VolumeApi.Text device = api.queryDosDevice(drive.group(1).toUpperCase(Locale.ROOT) + ":");
            String target = device.ok() ? dosTarget(device.first()) : "";
            if (target.isEmpty()) {
                return current;
            }
            String rest = drive.group(2) == null ? "" : drive.group(2).substring(1);
            current = rest.isEmpty() ? target : join(target, rest);
        }
        return current;
    }

    /** {@code \??\C:\work} -> {@code C:\work}, {@code \??\UNC\srv\share} -> {@code \\srv\share}, else "". */
    static String dosTarget(String target) {
        if (target.regionMatches(true, 0, UNC_PREFIX, 0, UNC_PREFIX.length())) {
            return "\\\\" + target.substring(UNC_PREFIX.length());
        }
        if (target.startsWith(DOS_PREFIX)) {
            return target.substring(DOS_PREFIX.length());
        }
        return "";
    }

    private static String join(String directory, String rest) {
        return directory.endsWith("\\") ? directory + rest : directory + "\\" + rest;
    }
}
