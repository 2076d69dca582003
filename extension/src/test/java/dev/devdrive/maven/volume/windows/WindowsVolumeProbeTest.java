package dev.devdrive.maven.volume.windows;

import static dev.devdrive.maven.volume.windows.FakeWin32VolumeApi.devDrive;
import static dev.devdrive.maven.volume.windows.FakeWin32VolumeApi.fixed;
import static dev.devdrive.maven.volume.windows.FakeWin32VolumeApi.fsctlFailed;
import static dev.devdrive.maven.volume.windows.FakeWin32VolumeApi.guid;
import static dev.devdrive.maven.volume.windows.FakeWin32VolumeApi.openFailed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinError;
import dev.devdrive.maven.volume.Answer.State;
import dev.devdrive.maven.volume.VolumeFacts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WindowsVolumeProbeTest {

    private static final int BITLOCKER_LOCKED = WinError.FVE_E_LOCKED_VOLUME;

    private final FakeWin32VolumeApi api = new FakeWin32VolumeApi()
            .mount("C:\\", fixed(1, "NTFS", FakeWin32VolumeApi.NTFS_FLAGS, 0))
            .mount("D:\\", devDrive(2, true))
            .mount("E:\\", devDrive(3, false))
            .mount("C:\\mnt\\dev\\", devDrive(4, true))
            .mount("C:\\mnt\\slow\\", devDrive(10, false))
            .mount("F:\\", fixed(5, "ReFS", FakeWin32VolumeApi.REFS_FLAGS, 0))
            .mount(
                    "G:\\",
                    fixed(6, "ReFS", FakeWin32VolumeApi.REFS_FLAGS, 0)
                            .withFsctl(fsctlFailed(WinError.ERROR_INVALID_PARAMETER)))
            .mount(
                    "H:\\",
                    fixed(7, "ReFS", FakeWin32VolumeApi.REFS_FLAGS, 0x6000)
                            .withFsctl(openFailed(WinError.ERROR_ACCESS_DENIED)))
            .mount(
                    "K:\\",
                    fixed(8, "", 0, 0)
                            .withInformation(
                                    new Win32VolumeApi.VolumeInformation(false, WinError.ERROR_NOT_READY, "", 0))
                            .withSpace(new Win32VolumeApi.DiskSpace(false, WinError.ERROR_NOT_READY, -1, -1))
                            .withFsctl(openFailed(BITLOCKER_LOCKED)))
            .mount(
                    "R:\\",
                    new FakeWin32VolumeApi.Volume(
                            guid(9),
                            WinBase.DRIVE_REMOVABLE,
                            new Win32VolumeApi.VolumeInformation(true, 0, "exFAT", FakeWin32VolumeApi.FAT_FLAGS),
                            new Win32VolumeApi.DiskSpace(true, 0, 1L << 30, 64L << 30),
                            openFailed(WinError.ERROR_NOT_READY)))
            .mount(
                    "\\\\server\\share\\",
                    new FakeWin32VolumeApi.Volume(
                            "",
                            WinBase.DRIVE_REMOTE,
                            new Win32VolumeApi.VolumeInformation(true, 0, "NTFS", FakeWin32VolumeApi.NTFS_FLAGS),
                            new Win32VolumeApi.DiskSpace(true, 0, 5L << 30, 10L << 30),
                            openFailed(WinError.ERROR_ACCESS_DENIED)))
            .subst("X:", "C:\\mnt\\dev\\work")
            .subst("W:", "C:\\work");

    private final WindowsVolumeProbe probe = new WindowsVolumeProbe(api);

    @Test
    void trustedDevDrive() throws IOException {
        VolumeFacts facts = factsOf("D:\\src\\app\\target");

        assertThat(facts.id()).isEqualTo(guid(2));
        assertThat(facts.root()).isEqualTo("D:\\");
        assertThat(facts.fileSystem()).isEqualTo("ReFS");
        assertThat(facts.totalBytes()).isEqualTo(100L << 30);
        assertThat(facts.freeBytes()).isEqualTo(40L << 30);
        assertThat(facts.remote()).isFalse();
        assertThat(facts.removable()).isFalse();
        assertThat(facts.devDrive().state()).isEqualTo(State.YES);
        assertThat(facts.trusted().state()).isEqualTo(State.YES);
        assertThat(facts.blockCloning().state()).isEqualTo(State.YES);
        assertThat(facts.notes()).isEmpty();
        assertThat(api.fsctlRoots()).containsExactly("D:\\", "D:\\");
    }

    @Test
    void asksForTheDevDriveBitAloneAsCPythonDoesThenForTrustSeparately() throws IOException {
        factsOf("D:\\src");

        assertThat(api.fsctlInputs())
                .containsExactly(PersistentVolumeState.queryInput(), PersistentVolumeState.trustQueryInput());
        assertThat(api.fsctlInputs().get(0)).isEqualTo(new byte[] {0, 0, 0, 0, 0, 0x20, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0});
    }

    @Test
    void aTrustQueryThatFailsNeverTurnsADevDriveIntoNo() throws IOException {
        api.mount("T:\\", devDrive(20, true).withTrustFsctl(fsctlFailed(WinError.ERROR_ACCESS_DENIED)));

        VolumeFacts facts = factsOf("T:\\src");

        assertThat(facts.devDrive().state()).isEqualTo(State.YES);
        assertThat(facts.trusted().state()).isEqualTo(State.UNKNOWN);
        assertThat(facts.trusted().reason()).contains("ERROR_ACCESS_DENIED");
    }

    /** Dev Drives are always ReFS: FAT32, exFAT and NTFS answer "no" whatever the query does. */
    @ParameterizedTest(name = "{0} answering {1}")
    @CsvSource({"FAT32, 1", "exFAT, 1", "NTFS, 50", "FAT, 21"})
    void aVolumeThatIsNotReFsIsNeverADevDrive(String fileSystem, int error) throws IOException {
        api.mount("M:\\", fixed(21, fileSystem, FakeWin32VolumeApi.FAT_FLAGS, 0).withFsctl(fsctlFailed(error)));

        VolumeFacts facts = factsOf("M:\\src");

        assertThat(facts.devDrive().state()).isEqualTo(State.NO);
        assertThat(facts.devDrive().reason()).contains(fileSystem).contains("ReFS");
        assertThat(facts.trusted().state()).isEqualTo(State.NO);
        assertThat(facts.notes()).noneSatisfy(n -> assertThat(n).contains("cannot tell"));
    }

    /** An unknown says what actually failed: an unsupported query is not a locked volume. */
    @ParameterizedTest(name = "error {0}")
    @CsvSource({"50, ERROR_NOT_SUPPORTED", "1, ERROR_INVALID_FUNCTION"})
    void aReFsVolumeThatCannotAnswerIsUnknownAndSaysWhy(int error, String name) throws IOException {
        api.mount("N:\\", fixed(22, "ReFS", FakeWin32VolumeApi.REFS_FLAGS, 0).withFsctl(fsctlFailed(error)));

        VolumeFacts facts = factsOf("N:\\src");

        assertThat(facts.devDrive().state()).isEqualTo(State.UNKNOWN);
        assertThat(facts.devDrive().reason())
                .contains(name)
                .contains("does not answer the Dev Drive query")
                .doesNotContain("BitLocker");
    }

    @Test
    void untrustedDevDriveSaysHowToTrustIt() throws IOException {
        VolumeFacts facts = factsOf("E:\\src");

        assertThat(facts.devDrive().state()).isEqualTo(State.YES);
        assertThat(facts.trusted().state()).isEqualTo(State.NO);
        assertThat(facts.notes()).singleElement().asString().contains("fsutil devdrv trust E: as administrator");
    }

    @Test
    void untrustedDevDriveInAFolderIsNamedTheWayTheReportNamesIt() throws IOException {
        VolumeFacts facts = factsOf("C:\\mnt\\slow\\src");

        assertThat(facts.notes())
                .singleElement()
                .asString()
                .contains("fsutil devdrv trust C:\\mnt\\slow as administrator");
    }

    @Test
    void plainNtfs() throws IOException {
        VolumeFacts facts = factsOf("C:\\Users\\jo\\src");

        assertThat(facts.id()).isEqualTo(guid(1));
        assertThat(facts.root()).isEqualTo("C:\\");
        assertThat(facts.fileSystem()).isEqualTo("NTFS");
        assertThat(facts.devDrive().state()).isEqualTo(State.NO);
        assertThat(facts.trusted().state()).isEqualTo(State.NO);
        assertThat(facts.blockCloning().state()).isEqualTo(State.NO);
        assertThat(facts.blockCloning().reason()).contains("NTFS");
    }

    @Test
    void refsThatIsNotADevDriveStillClonesBlocks() throws IOException {
        VolumeFacts facts = factsOf("F:\\data");

        assertThat(facts.fileSystem()).isEqualTo("ReFS");
        assertThat(facts.devDrive().state()).isEqualTo(State.NO);
        assertThat(facts.blockCloning().state()).isEqualTo(State.YES);
    }

    @Test
    void windowsBefore11With22H2HasNoDevDrives() throws IOException {
        VolumeFacts facts = factsOf("G:\\src");

        assertThat(facts.devDrive().state()).isEqualTo(State.NO);
        assertThat(facts.devDrive().reason()).contains("ERROR_INVALID_PARAMETER");
        assertThat(facts.fileSystem()).isEqualTo("ReFS");
    }

    @Test
    void accessDeniedIsUnknownNotNo() throws IOException {
        VolumeFacts facts = factsOf("H:\\src");

        assertThat(facts.devDrive().state()).isEqualTo(State.UNKNOWN);
        assertThat(facts.devDrive().reason()).contains("ERROR_ACCESS_DENIED (5)");
        assertThat(facts.trusted().state()).isEqualTo(State.UNKNOWN);
        assertThat(facts.fileSystem()).isEqualTo("ReFS");
        assertThat(facts.notes()).anySatisfy(n -> assertThat(n).contains("cannot tell whether it is a Dev Drive"));
    }

    @Test
    void bitLockerLockedVolumeIsUnknownEverywhere() throws IOException {
        VolumeFacts facts = factsOf("K:\\src");

        assertThat(facts.id()).isEqualTo(guid(8));
        assertThat(facts.fileSystem()).isEmpty();
        assertThat(facts.totalBytes()).isEqualTo(-1);
        assertThat(facts.freeBytes()).isEqualTo(-1);
        assertThat(facts.devDrive().state()).isEqualTo(State.UNKNOWN);
        assertThat(facts.devDrive().reason()).contains("FVE_E_LOCKED_VOLUME");
        assertThat(facts.trusted().state()).isEqualTo(State.UNKNOWN);
        assertThat(facts.blockCloning().state()).isEqualTo(State.UNKNOWN);
        assertThat(facts.blockCloning().reason()).contains("ERROR_NOT_READY");
        assertThat(facts.notes())
                .anySatisfy(n -> assertThat(n).contains("GetVolumeInformation failed: ERROR_NOT_READY"))
                .anySatisfy(n -> assertThat(n).contains("GetDiskFreeSpaceEx failed: ERROR_NOT_READY"));
    }

    @Test
    void removableDriveIsNeverADevDriveAndIsNotQueried() throws IOException {
        VolumeFacts facts = factsOf("R:\\stick");

        assertThat(facts.removable()).isTrue();
        assertThat(facts.remote()).isFalse();
        assertThat(facts.fileSystem()).isEqualTo("exFAT");
        assertThat(facts.devDrive().state()).isEqualTo(State.NO);
        assertThat(facts.devDrive().reason()).contains("DRIVE_REMOVABLE");
        assertThat(facts.blockCloning().state()).isEqualTo(State.NO);
        assertThat(facts.notes()).anySatisfy(n -> assertThat(n).contains("removable"));
        assertThat(api.fsctlRoots()).isEmpty();
    }

    @Test
    void uncShareIsRemoteAndIdentifiedByItsRoot() throws IOException {
        VolumeFacts facts = factsOf("\\\\server\\share\\src\\app");

        assertThat(facts.root()).isEqualTo("\\\\server\\share\\");
        assertThat(facts.id()).isEqualTo("root:\\\\SERVER\\SHARE\\");
        assertThat(facts.remote()).isTrue();
        assertThat(facts.devDrive().state()).isEqualTo(State.NO);
        assertThat(facts.devDrive().reason()).contains("DRIVE_REMOTE");
        assertThat(facts.notes()).anySatisfy(n -> assertThat(n).contains("network share"));
        assertThat(api.fsctlRoots()).isEmpty();
    }

    @Test
    void uncRootIsRemoteEvenWhenTheDriveTypeSaysOtherwise() {
        FakeWin32VolumeApi share = new FakeWin32VolumeApi()
                .mount(
                        "\\\\?\\UNC\\srv\\s\\",
                        new FakeWin32VolumeApi.Volume(
                                "",
                                WinBase.DRIVE_NO_ROOT_DIR,
                                new Win32VolumeApi.VolumeInformation(true, 0, "NTFS", 0),
                                new Win32VolumeApi.DiskSpace(true, 0, 1, 2),
                                openFailed(WinError.ERROR_ACCESS_DENIED)));

        VolumeFacts facts = new WindowsVolumeProbe(share).describe("\\\\?\\UNC\\srv\\s\\", Path.of("unused"));

        assertThat(facts.remote()).isTrue();
        assertThat(facts.devDrive().state()).isEqualTo(State.UNKNOWN);
    }

    @Test
    void folderMountedDevDriveIsFoundThroughItsMountPoint() throws IOException {
        VolumeFacts facts = factsOf("C:\\mnt\\dev\\src\\app\\target");

        assertThat(facts.root()).isEqualTo("C:\\mnt\\dev\\");
        assertThat(facts.id())
                .isEqualTo(guid(4))
                .isNotEqualTo(factsOf("C:\\src").id());
        assertThat(facts.devDrive().state()).isEqualTo(State.YES);
        assertThat(api.fsctlRoots()).contains("C:\\mnt\\dev\\");
    }

    @Test
    void volumeRootKeepsTheCallersSpelling() throws IOException {
        assertThat(probe.volumeRoot(Path.of("c:\\MNT\\dev\\x"))).isEqualTo("c:\\MNT\\dev\\");
        assertThat(probe.volumeRoot(Path.of("D:\\"))).isEqualTo("D:\\");
    }

    @Test
    void substDriveResolvesToTheVolumeOfItsTarget() throws IOException {
        String real = probe.resolveSubst("X:\\app\\target");
        VolumeFacts facts = factsOf("X:\\app\\target");

        assertThat(real).isEqualTo("C:\\mnt\\dev\\work\\app\\target");
        assertThat(facts.root()).isEqualTo("C:\\mnt\\dev\\");
        assertThat(facts.devDrive().state()).isEqualTo(State.YES);
        assertThat(factsOf("W:\\app").id()).isEqualTo(guid(1));
    }

    @Test
    void realPathOfAPathOnNoSubstDriveIsTheJdkRealPath(@TempDir Path dir) throws IOException {
        Path file = Files.createFile(dir.resolve("f"));

        assertThat(probe.realPath(file)).isEqualTo(file.toRealPath());
    }

    @Test
    void aPathWithoutVolumeFailsWithTheErrorName() {
        assertThatThrownBy(() -> probe.volumeRoot(Path.of("Q:\\nowhere")))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("GetVolumePathName failed for Q:\\nowhere")
                .hasMessageContaining("ERROR_PATH_NOT_FOUND (3)");
    }

    @Test
    void aVolumeWithoutGuidPathIsIdentifiedByItsRoot() {
        VolumeFacts facts = probe.describe("Q:\\", Path.of("Q:\\"));

        assertThat(facts.id()).isEqualTo("root:Q:\\");
        assertThat(facts.devDrive().state()).isEqualTo(State.UNKNOWN);
        assertThat(facts.devDrive().reason()).contains("DRIVE_NO_ROOT_DIR");
        assertThat(facts.fileSystem()).isEmpty();
    }

    /** The whole path of a detection, on strings: subst, then mount point, then the volume's facts. */
    private VolumeFacts factsOf(String path) throws IOException {
        String real = probe.resolveSubst(path);
        return probe.describe(probe.volumeRoot(real), Path.of(real));
    }
}
