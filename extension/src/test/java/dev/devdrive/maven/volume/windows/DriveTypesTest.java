package dev.devdrive.maven.volume.windows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DriveTypesTest {

    @ParameterizedTest
    @CsvSource({
        "0, DRIVE_UNKNOWN,     false, false, false, true",
        "1, DRIVE_NO_ROOT_DIR, false, false, false, true",
        "2, DRIVE_REMOVABLE,   false, false, true,  false",
        "3, DRIVE_FIXED,       true,  false, false, false",
        "4, DRIVE_REMOTE,      false, true,  false, false",
        "5, DRIVE_CDROM,       false, false, false, false",
        "6, DRIVE_RAMDISK,     false, false, false, false",
        "7, drive type 7,      false, false, false, false",
    })
    void decodes(int type, String name, boolean fixed, boolean remote, boolean removable, boolean undetermined) {
        assertThat(DriveTypes.name(type)).isEqualTo(name);
        assertThat(DriveTypes.isFixed(type)).isEqualTo(fixed);
        assertThat(DriveTypes.isRemote(type)).isEqualTo(remote);
        assertThat(DriveTypes.isRemovable(type)).isEqualTo(removable);
        assertThat(DriveTypes.isUndetermined(type)).isEqualTo(undetermined);
    }
}
