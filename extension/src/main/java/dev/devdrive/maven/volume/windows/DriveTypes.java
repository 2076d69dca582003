package dev.devdrive.maven.volume.windows;

import com.sun.jna.platform.win32.WinBase;

/** What {@code GetDriveTypeW} answers, decoded. */
final class DriveTypes {

    private DriveTypes() {}

    static String name(int driveType) {
        return switch (driveType) {
            case WinBase.DRIVE_UNKNOWN -> "DRIVE_UNKNOWN";
            case WinBase.DRIVE_NO_ROOT_DIR -> "DRIVE_NO_ROOT_DIR";
            case WinBase.DRIVE_REMOVABLE -> "DRIVE_REMOVABLE";
            case WinBase.DRIVE_FIXED -> "DRIVE_FIXED";
            case WinBase.DRIVE_REMOTE -> "DRIVE_REMOTE";
            case WinBase.DRIVE_CDROM -> "DRIVE_CDROM";
            case WinBase.DRIVE_RAMDISK -> "DRIVE_RAMDISK";
            default -> "drive type " + driveType;
        };
    }

    static boolean isFixed(int driveType) {
        return driveType == WinBase.DRIVE_FIXED;
    }

    static boolean isRemote(int driveType) {
        return driveType == WinBase.DRIVE_REMOTE;
    }

    static boolean isRemovable(int driveType) {
        return driveType == WinBase.DRIVE_REMOVABLE;
    }

    /** Windows could not classify the root: a failure to look, not a kind of drive. */
    static boolean isUndetermined(int driveType) {
        return driveType == WinBase.DRIVE_UNKNOWN || driveType == WinBase.DRIVE_NO_ROOT_DIR;
    }
}
