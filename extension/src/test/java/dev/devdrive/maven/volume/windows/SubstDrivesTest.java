package dev.devdrive.maven.volume.windows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubstDrivesTest {

    private final FakeWin32VolumeApi api = new FakeWin32VolumeApi()
            .subst("X:", "C:\\work")
            .subst("R:", "C:\\")
            .subst("Y:", "X:\\nested")
            .subst("L:", "M:\\loop")
            .subst("M:", "L:\\loop")
            .subst("U:", "UNC\\server\\share\\dir")
            .dosDevice("D:", "\\Device\\HarddiskVolume5")
            .dosDevice("Z:", "\\Device\\LanmanRedirector\\;Z:000000000001a2b3\\server\\share");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "X:\\src\\app,      C:\\work\\src\\app",
        "x:\\src,           C:\\work\\src",
        "X:\\,              C:\\work",
        "X:,                C:\\work",
        "R:\\src,           C:\\src",
        "Y:\\app,           C:\\work\\nested\\app",
        "U:\\app,           \\\\server\\share\\dir\\app",
        "D:\\src,           D:\\src",
        "Z:\\src,           Z:\\src",
        "Q:\\no-such-drive, Q:\\no-such-drive",
        "\\\\server\\share\\src, \\\\server\\share\\src",
        "/home/jo/src,      /home/jo/src",
    })
    void resolves(String path, String expected) {
        assertThat(SubstDrives.resolve(path, api)).isEqualTo(expected);
    }

    @Test
    void aSubstLoopStops() {
        assertThat(SubstDrives.resolve("L:\\x", api)).matches("[LM]:\\\\loop.*\\\\x");
    }

    @Test
    void onlyObjectManagerDosPathsAreSubstTargets() {
        assertThat(SubstDrives.dosTarget("\\??\\C:\\work")).isEqualTo("C:\\work");
        assertThat(SubstDrives.dosTarget("\\??\\UNC\\srv\\share")).isEqualTo("\\\\srv\\share");
        assertThat(SubstDrives.dosTarget("\\Device\\HarddiskVolume3")).isEmpty();
        assertThat(SubstDrives.dosTarget("")).isEmpty();
    }
}
