package dev.devdrive.maven.volume.windows;

import com.sun.jna.platform.win32.WinError;
import dev.devdrive.maven.volume.Answer;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Reads "Dev Drive?" and "trusted?" from {@code FSCTL_QUERY_PERSISTENT_VOLUME_STATE}, asked the way CPython's
 * {@code os.path.isdevdrive} asks ({@code FlagMask = DEV_VOLUME}, version 1), and trust in a query of its
 * own, so that nothing about trust can change the Dev Drive answer. Unlike CPython, a failure to read a
 * volume that could be a Dev Drive (a locked BitLocker volume, a volume that is not ready, a denied handle)
 * is unknown and never "no": a locked Dev Drive is still one.
 */
final class DevDriveQuery {

    /** Both answers; {@code trusted} is {@code NO} whenever the volume is not a Dev Drive. */
    record DevDriveAnswer(Answer devDrive, Answer trusted) {

        static DevDriveAnswer no(String reason) {
            return new DevDriveAnswer(Answer.no(reason), Answer.no("not a Dev Drive"));
        }

        static DevDriveAnswer unknown(String reason) {
            return new DevDriveAnswer(Answer.unknown(reason), Answer.unknown(reason));
        }
    }

    private static final String QUERY = "FSCTL_QUERY_PERSISTENT_VOLUME_STATE";

    private DevDriveQuery() {}

    /** Dev Drives are fixed disks (a VHDX counts as one); the query is only made for those. */
    static Optional<DevDriveAnswer> byDriveType(int driveType) {
        if (DriveTypes.isFixed(driveType)) {
            return Optional.empty();
        }
        if (DriveTypes.isUndetermined(driveType)) {
            return Optional.of(DevDriveAnswer.unknown("GetDriveType answered " + DriveTypes.name(driveType)));
        }
        return Optional.of(DevDriveAnswer.no("a " + DriveTypes.name(driveType) + " volume is never a Dev Drive"));
    }

    /**
     * Dev Drives are always ReFS: any other file system is "no" whatever the query answers (FAT32 and exFAT
     * fail it with ERROR_INVALID_FUNCTION). Only when the file system cannot be read is the query needed.
     */
    static Optional<DevDriveAnswer> byFileSystem(Win32VolumeApi.VolumeInformation information) {
        if (!information.ok() || information.fileSystemName().equalsIgnoreCase("ReFS")) {
            return Optional.empty();
        }
        String name = information.fileSystemName().isEmpty() ? "an unnamed" : information.fileSystemName();
        return Optional.of(DevDriveAnswer.no(name + " volume: Dev Drives are always ReFS"));
    }

    /**
     * @param devVolume the outcome of the query with {@code FlagMask = DEV_VOLUME}
     * @param trust     makes the query with {@code FlagMask = TRUSTED_VOLUME}; called only for a Dev Drive
     */
    static DevDriveAnswer answer(Win32VolumeApi.IoControl devVolume, Supplier<Win32VolumeApi.IoControl> trust) {
        if (!devVolume.opened()) {
            return DevDriveAnswer.unknown("cannot open the volume: " + failure(devVolume.lastError()));
        }
        if (!devVolume.ok()) {
            if (devVolume.lastError() == WinError.ERROR_INVALID_PARAMETER) {
                // What Windows before 11 22H2 answers: it has no such volume state.
                return DevDriveAnswer.no("this Windows has no Dev Drives (" + QUERY + ": ERROR_INVALID_PARAMETER)");
            }
            return DevDriveAnswer.unknown(QUERY + " failed: " + failure(devVolume.lastError()));
        }
        Optional<PersistentVolumeState> state = decode(devVolume);
        if (state.isEmpty()) {
            return DevDriveAnswer.unknown(tooShort(devVolume));
        }
        if (!state.get().devVolume()) {
            return DevDriveAnswer.no("the Dev Drive flag is not set");
        }
        return new DevDriveAnswer(Answer.yes("the Dev Drive flag is set"), trusted(trust.get()));
    }

    private static Answer trusted(Win32VolumeApi.IoControl result) {
        if (!result.opened() || !result.ok()) {
            return Answer.unknown("cannot read whether it is trusted: " + QUERY + " failed: "
                    + Win32Errors.describe(result.lastError()));
        }
        Optional<PersistentVolumeState> state = decode(result);
        if (state.isEmpty()) {
            return Answer.unknown("cannot read whether it is trusted: " + tooShort(result));
        }
        return state.get().trusted()
                ? Answer.yes("trusted (fsutil devdrv trust)")
                : Answer.no("not trusted: Microsoft Defender scans it synchronously, as on any other drive");
    }

    private static Optional<PersistentVolumeState> decode(Win32VolumeApi.IoControl result) {
        return PersistentVolumeState.decode(result.output(), result.bytesReturned());
    }

    private static String tooShort(Win32VolumeApi.IoControl result) {
        return QUERY + " returned " + result.bytesReturned() + " bytes, too few to hold the volume flags";
    }

    /** The error, and what it means for a volume that may be a Dev Drive and what to do about it. */
    private static String failure(int lastError) {
        String hint = switch (lastError) {
            case WinError.ERROR_NOT_READY,
                    WinError.ERROR_UNRECOGNIZED_VOLUME,
                    WinError.FVE_E_LOCKED_VOLUME,
                    WinError.ERROR_NO_MEDIA_IN_DRIVE ->
                "the volume is locked (BitLocker) or not ready;" + " unlock or remount it and ask again";
            case WinError.ERROR_ACCESS_DENIED -> "Windows denied the handle (a security product or policy)";
            case WinError.ERROR_INVALID_FUNCTION, WinError.ERROR_NOT_SUPPORTED ->
                "its file system driver"
                        + " does not answer the Dev Drive query (a ReFS of an older or emulated Windows)";
            default -> "";
        };
        String error = Win32Errors.describe(lastError);
        return hint.isEmpty() ? error : error + "; " + hint;
    }
}
