package dev.devdrive.maven.volume.windows;

import com.sun.jna.platform.win32.WinError;
import dev.devdrive.maven.volume.Answer;
import java.util.Optional;

/**
 * Reads "Dev Drive?" and "trusted?" from the outcome of {@code FSCTL_QUERY_PERSISTENT_VOLUME_STATE}, the
 * way CPython's {@code os.path.isdevdrive} does, except that a failure to read (a locked BitLocker volume, a
 * volume that is not ready, a denied handle) is unknown and never "no": a locked Dev Drive is still one.
 */
final class DevDriveQuery {

    /** Both answers of one query; {@code trusted} is {@code NO} whenever the volume is not a Dev Drive. */
    record DevDriveAnswer(Answer devDrive, Answer trusted) {

        static DevDriveAnswer no(String reason) {
            return new DevDriveAnswer(Answer.no(reason), Answer.no("not a Dev Drive"));
        }

        static DevDriveAnswer unknown(String reason) {
            return new DevDriveAnswer(Answer.unknown(reason), Answer.unknown(reason));
        }
    }

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

    static DevDriveAnswer answer(Win32VolumeApi.IoControl result) {
        if (!result.opened()) {
            return DevDriveAnswer.unknown("cannot open the volume: " + Win32Errors.describe(result.lastError()));
        }
        if (!result.ok()) {
            if (result.lastError() == WinError.ERROR_INVALID_PARAMETER) {
                // What Windows before 11 22H2, and file systems that have no such state, answer.
                return DevDriveAnswer.no("this Windows or file system has no Dev Drives"
                        + " (FSCTL_QUERY_PERSISTENT_VOLUME_STATE: ERROR_INVALID_PARAMETER)");
            }
            return DevDriveAnswer.unknown(
                    "FSCTL_QUERY_PERSISTENT_VOLUME_STATE failed: " + Win32Errors.describe(result.lastError()));
        }
        Optional<PersistentVolumeState> state = PersistentVolumeState.decode(result.output(), result.bytesReturned());
        if (state.isEmpty()) {
            return DevDriveAnswer.unknown("FSCTL_QUERY_PERSISTENT_VOLUME_STATE returned " + result.bytesReturned()
                    + " bytes, too few to hold the volume flags");
        }
        if (!state.get().devVolume()) {
            return DevDriveAnswer.no("the Dev Drive flag is not set");
        }
        Answer trusted = state.get().trusted()
                ? Answer.yes("trusted (fsutil devdrv trust)")
                : Answer.no("not trusted: Microsoft Defender scans it synchronously, as on any other drive");
        return new DevDriveAnswer(Answer.yes("the Dev Drive flag is set"), trusted);
    }
}
