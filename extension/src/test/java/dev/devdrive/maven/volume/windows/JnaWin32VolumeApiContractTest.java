package dev.devdrive.maven.volume.windows;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.NativeLibrary;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinError;
import dev.devdrive.maven.WindowsOnly;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every call of the {@link Win32VolumeApi} seam against the real kernel32, on the system drive. Asserts what
 * holds on every Windows and on Wine 8 (the CI lane, {@code .ci/windows-jvm}), and prints each answer as a
 * {@code kernel32:} line, so that the lane's log records what this Windows said. Where Wine and Windows
 * differ (the Dev Drive query), the assertion accepts the answers both can give and says which is which.
 */
@WindowsOnly
class JnaWin32VolumeApiContractTest {

    /** {@code DDD_REMOVE_DEFINITION | DDD_EXACT_MATCH_ON_REMOVE}: remove exactly the mapping this test made. */
    private static final int REMOVE_EXACTLY = 0x2 | 0x4;

    private static Win32VolumeApi api;
    private static String systemRoot;

    @TempDir
    Path directory;

    @BeforeAll
    static void loadKernel32() {
        api = JnaWin32VolumeApi.load();
        systemRoot = System.getenv("SystemDrive") + "\\";
        record(
                "running on",
                System.getProperty("os.name") + " " + System.getProperty("os.version")
                        + (isWine() ? " under Wine " + wineVersion() : ""));
    }

    @Test
    void volumePathOfADirectoryIsItsDriveRoot() {
        Win32VolumeApi.Text volume = api.getVolumePathName(directory.toString());

        record("GetVolumePathNameW(\"" + directory + "\")", volume);
        assertThat(volume.ok()).isTrue();
        assertThat(volume.first()).isEqualToIgnoringCase(directory.getRoot().toString());
    }

    @Test
    void volumePathOfAMissingFileIsStillItsDriveRoot() {
        Path missing = directory.resolve("not-there").resolve("deeper");

        Win32VolumeApi.Text volume = api.getVolumePathName(missing.toString());

        record("GetVolumePathNameW(\"" + missing + "\")", volume);
        assertThat(volume.first()).isEqualToIgnoringCase(directory.getRoot().toString());
    }

    @Test
    void systemDriveHasAVolumeGuidPathThatMapsBackToIt() {
        Win32VolumeApi.Text name = api.getVolumeNameForVolumeMountPoint(systemRoot);
        record("GetVolumeNameForVolumeMountPointW(\"" + systemRoot + "\")", name);
        assertThat(name.ok()).isTrue();
        assertThat(name.first()).matches("\\\\\\\\\\?\\\\Volume\\{[0-9a-fA-F-]{36}\\}\\\\");

        Win32VolumeApi.Text mountPoints = api.getVolumePathNamesForVolumeName(name.first());
        record("GetVolumePathNamesForVolumeNameW(\"" + name.first() + "\")", mountPoints);
        assertThat(mountPoints.ok()).isTrue();
        assertThat(mountPoints.strings()).anySatisfy(m -> assertThat(m).isEqualToIgnoringCase(systemRoot));
    }

    @Test
    void mountPointOfAPathThatIsNoMountPointIsAnError() {
        String windows = System.getenv("SystemRoot") + "\\";

        Win32VolumeApi.Text name = api.getVolumeNameForVolumeMountPoint(windows);

        record("GetVolumeNameForVolumeMountPointW(\"" + windows + "\")", name);
        assertThat(name.ok()).isFalse();
        assertThat(name.lastError()).isNotZero();
    }

    @Test
    void systemDriveIsAFixedDrive() {
        int type = api.getDriveType(systemRoot);

        record("GetDriveTypeW(\"" + systemRoot + "\")", type + " " + DriveTypes.name(type));
        assertThat(type).isEqualTo(Kernel32.DRIVE_FIXED);
    }

    @Test
    void systemDriveNamesItsFileSystem() {
        Win32VolumeApi.VolumeInformation information = api.getVolumeInformation(systemRoot);

        record(
                "GetVolumeInformationW(\"" + systemRoot + "\")",
                information + " flags=0x" + Integer.toHexString(information.fileSystemFlags()));
        assertThat(information.ok()).isTrue();
        // NTFS on Windows' system drive and on Wine's C:; a ReFS system drive does not exist.
        assertThat(information.fileSystemName()).isEqualTo("NTFS");
    }

    @Test
    void systemDriveReportsItsSpace() {
        Win32VolumeApi.DiskSpace space = api.getDiskFreeSpaceEx(systemRoot);

        record("GetDiskFreeSpaceExW(\"" + systemRoot + "\")", space);
        assertThat(space.ok()).isTrue();
        // Live figures: only their relation within one answer is stable.
        assertThat(space.totalBytes()).isPositive();
        assertThat(space.freeBytesAvailable()).isBetween(0L, space.totalBytes());
    }

    @Test
    void devDriveQueryOpensTheVolumeAndAnswersOrIsNotSupported() {
        for (int mask : new int[] {
            PersistentVolumeState.DEV_VOLUME,
            PersistentVolumeState.TRUSTED_VOLUME,
            PersistentVolumeState.DEV_VOLUME | PersistentVolumeState.TRUSTED_VOLUME
        }) {
            Win32VolumeApi.IoControl answer =
                    api.queryPersistentVolumeState(systemRoot, new PersistentVolumeState(0, mask, 1, 0).toBytes());

            record(
                    "FSCTL_QUERY_PERSISTENT_VOLUME_STATE(\"" + systemRoot + "\", mask=0x" + Integer.toHexString(mask)
                            + ")",
                    ioControl(answer));
            assertThat(answer.opened())
                    .as("CreateFileW(FILE_READ_ATTRIBUTES) on the volume root")
                    .isTrue();
            if (isWine()) {
                // Wine 8 implements no persistent volume state at all: no ReFS, no Dev Drive.
                assertThat(answer.ok()).isFalse();
                assertThat(answer.lastError()).isEqualTo(WinError.ERROR_NOT_SUPPORTED);
            } else if (answer.ok()) {
                // The system drive of a real Windows is never a Dev Drive (Dev Drives are ReFS data volumes).
                assertThat(PersistentVolumeState.decode(answer.output(), answer.bytesReturned()))
                        .hasValueSatisfying(
                                state -> assertThat(state.devVolume()).isFalse());
            } else {
                // Windows before the Dev Drive builds does not know the query.
                assertThat(answer.lastError()).isEqualTo(WinError.ERROR_INVALID_PARAMETER);
            }
        }
    }

    @Test
    void volumeEnumerationEndsWithNoMoreFilesAndIncludesTheSystemDrive() {
        Win32VolumeApi.VolumeNames volumes = api.findVolumes();

        record("FindFirstVolumeW/FindNextVolumeW", volumes);
        assertThat(volumes.lastError()).isEqualTo(WinError.ERROR_NO_MORE_FILES);
        assertThat(volumes.names())
                .isNotEmpty()
                .allSatisfy(
                        name -> assertThat(name).startsWith("\\\\?\\Volume{").endsWith("}\\"))
                .contains(api.getVolumeNameForVolumeMountPoint(systemRoot).first());
    }

    @Test
    void dosDeviceOfTheSystemDriveIsADevicePath() {
        String drive = System.getenv("SystemDrive");

        Win32VolumeApi.Text target = api.queryDosDevice(drive);

        record("QueryDosDeviceW(\"" + drive + "\")", target);
        assertThat(target.ok()).isTrue();
        assertThat(target.first()).startsWith("\\");
    }

    @Test
    void dosDeviceDefinedForADirectoryResolvesToIt() throws IOException {
        String drive = unusedDriveLetter() + ":";
        Path folder = Files.createDirectory(directory.resolve("subst target"));
        assertThat(Kernel32.INSTANCE.DefineDosDevice(0, drive, folder.toString()))
                .as("DefineDosDeviceW(%s, %s)", drive, folder)
                .isTrue();
        try {
            Win32VolumeApi.Text target = api.queryDosDevice(drive);

            record("QueryDosDeviceW(\"" + drive + "\") after DefineDosDeviceW(\"" + folder + "\")", target);
            assertThat(target.ok()).isTrue();
            assertThat(SubstDrives.dosTarget(target.first())).isEqualToIgnoringCase(folder.toString());
        } finally {
            Kernel32.INSTANCE.DefineDosDevice(REMOVE_EXACTLY, drive, folder.toString());
        }
    }

    @Test
    void everyCallOnAMissingDriveFails() {
        String drive = unusedDriveLetter() + ":";
        String root = drive + "\\";

        int type = api.getDriveType(root);
        Win32VolumeApi.VolumeInformation information = api.getVolumeInformation(root);
        Win32VolumeApi.IoControl devDrive = api.queryPersistentVolumeState(
                root, new PersistentVolumeState(0, PersistentVolumeState.DEV_VOLUME, 1, 0).toBytes());
        Win32VolumeApi.Text dosDevice = api.queryDosDevice(drive);

        record("GetDriveTypeW(\"" + root + "\")", type + " " + DriveTypes.name(type));
        record("GetVolumeInformationW(\"" + root + "\")", information);
        record("FSCTL_QUERY_PERSISTENT_VOLUME_STATE(\"" + root + "\")", ioControl(devDrive));
        record("QueryDosDeviceW(\"" + drive + "\")", dosDevice);
        assertThat(type).isEqualTo(Kernel32.DRIVE_NO_ROOT_DIR);
        assertThat(information.ok()).isFalse();
        assertThat(information.lastError()).isNotZero();
        assertThat(devDrive.opened()).isFalse();
        assertThat(devDrive.lastError()).isNotZero();
        assertThat(dosDevice.ok()).isFalse();
        assertThat(dosDevice.lastError()).isEqualTo(WinError.ERROR_FILE_NOT_FOUND);
    }

    /** The system drive and the working directory's drive as the probe describes them, for the log. */
    @Test
    void probeDescribesTheSystemDriveAndTheWorkingDirectorysDrive() {
        WindowsVolumeProbe probe = new WindowsVolumeProbe(api);
        Path workingDirectory = Path.of("").toAbsolutePath();
        for (String root : new String[] {systemRoot, workingDirectory.getRoot().toString()}) {
            record("WindowsVolumeProbe.describe(\"" + root + "\")", probe.describe(root, Path.of(root)));
        }
    }

    /** A letter no drive uses ({@link File#listRoots()} reads {@code GetLogicalDrives}). */
    private static char unusedDriveLetter() {
        Set<Character> used = new HashSet<>();
        for (File root : File.listRoots()) {
            used.add(Character.toUpperCase(root.getPath().charAt(0)));
        }
        for (char letter = 'Q'; letter <= 'Y'; letter++) {
            if (!used.contains(letter)) {
                return letter;
            }
        }
        throw new IllegalStateException("no free drive letter between Q: and Y:");
    }

    private static boolean isWine() {
        return wineVersion() != null;
    }

    /** Wine's ntdll exports {@code wine_get_version}; Windows' does not. */
    private static String wineVersion() {
        try {
            return NativeLibrary.getInstance("ntdll")
                    .getFunction("wine_get_version")
                    .invokeString(new Object[0], false);
        } catch (UnsatisfiedLinkError e) {
            return null;
        }
    }

    private static String ioControl(Win32VolumeApi.IoControl answer) {
        return "opened=" + answer.opened() + " ok=" + answer.ok() + " lastError="
                + (answer.lastError() == 0 ? "0" : Win32Errors.describe(answer.lastError())) + " bytesReturned="
                + answer.bytesReturned() + " output=" + HexFormat.of().formatHex(answer.output());
    }

    private static void record(String call, Object answer) {
        String text = answer instanceof Win32VolumeApi.Text t
                ? "ok=" + t.ok() + " lastError="
                        + (t.lastError() == 0 ? "0" : Win32Errors.describe(t.lastError())) + " value="
                        + t.value().replaceAll("\0+$", "").replace("\0", "\\0")
                : String.valueOf(answer);
        System.out.println("kernel32: " + call + " -> " + text);
    }
}
