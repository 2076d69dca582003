package dev.devdrive.maven.volume.windows;

import static dev.devdrive.maven.volume.windows.FakeWin32VolumeApi.fsctlAnswer;
import static dev.devdrive.maven.volume.windows.FakeWin32VolumeApi.fsctlFailed;
import static dev.devdrive.maven.volume.windows.FakeWin32VolumeApi.openFailed;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinError;
import dev.devdrive.maven.volume.Answer.State;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DevDriveQueryTest {

    @Test
    void trustedDevDrive() {
        DevDriveQuery.DevDriveAnswer answer = answer(fsctlAnswer(0x6000));

        assertThat(answer.devDrive().state()).isEqualTo(State.YES);
        assertThat(answer.trusted().state()).isEqualTo(State.YES);
    }

    @Test
    void untrustedDevDrive() {
        DevDriveQuery.DevDriveAnswer answer = answer(fsctlAnswer(0x2000));

        assertThat(answer.devDrive().state()).isEqualTo(State.YES);
        assertThat(answer.trusted().state()).isEqualTo(State.NO);
        assertThat(answer.trusted().reason()).contains("not trusted");
    }

    @Test
    void noFlagsIsNotADevDrive() {
        DevDriveQuery.DevDriveAnswer answer = answer(fsctlAnswer(0));

        assertThat(answer.devDrive().state()).isEqualTo(State.NO);
        assertThat(answer.trusted().state()).isEqualTo(State.NO);
    }

    @Test
    void invalidParameterMeansThisWindowsHasNoDevDrives() {
        DevDriveQuery.DevDriveAnswer answer = answer(fsctlFailed(WinError.ERROR_INVALID_PARAMETER));

        assertThat(answer.devDrive().state()).isEqualTo(State.NO);
        assertThat(answer.devDrive().reason()).contains("ERROR_INVALID_PARAMETER");
        assertThat(answer.trusted().state()).isEqualTo(State.NO);
    }

    /** A failure to read is never "no": a locked or denied Dev Drive is still a Dev Drive. */
    @ParameterizedTest(name = "opened={0} error={1}")
    @CsvSource({
        "false, 5,           ERROR_ACCESS_DENIED",
        "false, 21,          ERROR_NOT_READY",
        "false, -2144272384, FVE_E_LOCKED_VOLUME",
        "false, 2,           ERROR_FILE_NOT_FOUND",
        "true,  5,           ERROR_ACCESS_DENIED",
        "true,  21,          ERROR_NOT_READY",
        "true,  1005,        ERROR_UNRECOGNIZED_VOLUME",
        "true,  1,           ERROR_INVALID_FUNCTION",
        "true,  50,          ERROR_NOT_SUPPORTED",
    })
    void failuresToReadAreUnknown(boolean opened, int error, String name) {
        DevDriveQuery.DevDriveAnswer answer = answer(opened ? fsctlFailed(error) : openFailed(error));

        assertThat(answer.devDrive().state()).isEqualTo(State.UNKNOWN);
        assertThat(answer.devDrive().reason())
                .contains(name)
                .contains(opened ? "FSCTL_QUERY_PERSISTENT_VOLUME_STATE" : "cannot open");
        assertThat(answer.trusted().state()).isEqualTo(State.UNKNOWN);
    }

    @Test
    void successWithoutTheFlagsIsUnknown() {
        DevDriveQuery.DevDriveAnswer answer = answer(new Win32VolumeApi.IoControl(true, true, 0, 0, new byte[16]));

        assertThat(answer.devDrive().state()).isEqualTo(State.UNKNOWN);
        assertThat(answer.devDrive().reason()).contains("0 bytes");
    }

    @ParameterizedTest
    @CsvSource({
        "2, NO,      DRIVE_REMOVABLE",
        "4, NO,      DRIVE_REMOTE",
        "5, NO,      DRIVE_CDROM",
        "6, NO,      DRIVE_RAMDISK",
        "0, UNKNOWN, DRIVE_UNKNOWN",
        "1, UNKNOWN, DRIVE_NO_ROOT_DIR",
    })
    void onlyFixedDrivesAreQueried(int driveType, State expected, String name) {
        DevDriveQuery.DevDriveAnswer answer =
                DevDriveQuery.byDriveType(driveType).orElseThrow();

        assertThat(answer.devDrive().state()).isEqualTo(expected);
        assertThat(answer.devDrive().reason()).contains(name);
    }

    @Test
    void fixedDrivesNeedTheQuery() {
        assertThat(DevDriveQuery.byDriveType(WinBase.DRIVE_FIXED)).isEmpty();
    }

    /** A volume that answers both queries alike. */
    private static DevDriveQuery.DevDriveAnswer answer(Win32VolumeApi.IoControl result) {
        return DevDriveQuery.answer(result, () -> result);
    }
}
