package dev.devdrive.maven.volume.windows;

import static dev.devdrive.maven.volume.windows.FakeWin32VolumeApi.devDrive;
import static dev.devdrive.maven.volume.windows.FakeWin32VolumeApi.fixed;
import static dev.devdrive.maven.volume.windows.FakeWin32VolumeApi.guid;
import static dev.devdrive.maven.volume.windows.FakeWin32VolumeApi.openFailed;
import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinError;
import dev.devdrive.maven.volume.Answer.State;
import dev.devdrive.maven.volume.VolumeFacts;
import org.junit.jupiter.api.Test;

class WindowsDevDrivesTest {

    @Test
    void listsEveryDevDriveWhereverItIsMounted() {
        FakeWin32VolumeApi api = new FakeWin32VolumeApi()
                .mount("C:\\", fixed(1, "NTFS", FakeWin32VolumeApi.NTFS_FLAGS, 0))
                .mount("D:\\", devDrive(2, true))
                .mount("C:\\mnt\\dev\\", devDrive(3, false))
                .mount("E:\\", devDrive(4, true))
                .mount("C:\\also\\e\\", devDrive(4, true))
                .mount("F:\\", fixed(5, "ReFS", FakeWin32VolumeApi.REFS_FLAGS, 0))
                .mount(
                        "Z:\\",
                        new FakeWin32VolumeApi.Volume(
                                guid(6),
                                WinBase.DRIVE_CDROM,
                                new Win32VolumeApi.VolumeInformation(false, WinError.ERROR_NOT_READY, "", 0),
                                new Win32VolumeApi.DiskSpace(false, WinError.ERROR_NOT_READY, -1, -1),
                                openFailed(WinError.ERROR_NOT_READY)))
                .unmounted(fixed(7, "NTFS", FakeWin32VolumeApi.NTFS_FLAGS, 0));

        var devDrives = new WindowsVolumeProbe(api).devDrives();

        assertThat(devDrives).extracting(VolumeFacts::root).containsExactly("D:\\", "C:\\mnt\\dev\\", "E:\\");
        assertThat(devDrives).extracting(VolumeFacts::id).containsExactly(guid(2), guid(3), guid(4));
        assertThat(devDrives).extracting(f -> f.trusted().state()).containsExactly(State.YES, State.NO, State.YES);
        assertThat(devDrives.get(2).notes()).containsExactly("also mounted at C:\\also\\e\\");
        assertThat(api.informationRoots()).doesNotContain("Z:\\");
        assertThat(api.fsctlRoots()).doesNotContain("Z:\\");
        assertThat(api.informationRoots()).contains(guid(7));
    }

    @Test
    void anUnmountedDevDriveIsListedByItsGuidPath() {
        FakeWin32VolumeApi api = new FakeWin32VolumeApi().unmounted(devDrive(9, true));

        assertThat(new WindowsVolumeProbe(api).devDrives())
                .singleElement()
                .satisfies(f -> assertThat(f.root()).isEqualTo(guid(9)))
                .satisfies(f -> assertThat(f.id()).isEqualTo(guid(9)));
    }

    @Test
    void aListingCutShortStillReportsWhatWasFound() {
        FakeWin32VolumeApi api = new FakeWin32VolumeApi()
                .mount("D:\\", devDrive(2, true))
                .findVolumesEndsWith(WinError.ERROR_ACCESS_DENIED);

        assertThat(new WindowsVolumeProbe(api).devDrives())
                .extracting(VolumeFacts::root)
                .containsExactly("D:\\");
    }

    @Test
    void noVolumesNoDevDrives() {
        FakeWin32VolumeApi api = new FakeWin32VolumeApi().findVolumesEndsWith(WinError.ERROR_ACCESS_DENIED);

        assertThat(new WindowsVolumeProbe(api).devDrives()).isEmpty();
    }
}
