package dev.devdrive.maven.volume.windows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devdrive.maven.config.DevDriveConfig;
import dev.devdrive.maven.policy.BuildFacts;
import dev.devdrive.maven.policy.TempRootDecision;
import dev.devdrive.maven.policy.TempRootPolicy;
import dev.devdrive.maven.volume.Answer.State;
import dev.devdrive.maven.volume.PathVolume;
import dev.devdrive.maven.volume.VolumeFacts;
import dev.devdrive.maven.volume.VolumeProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class WindowsWithoutJnaTest {

    private static VolumeProbe unavailable() {
        return WindowsVolumeProbe.using(() -> {
            throw new UnsatisfiedLinkError("Unable to load library 'kernel32'");
        });
    }

    @Test
    void aLoaderThatCannotLinkGivesTheUnavailableProbe() {
        assertThat(unavailable())
                .isInstanceOfSatisfying(
                        NativeAccessUnavailable.class,
                        p -> assertThat(p.reason())
                                .contains("cannot call kernel32 through JNA")
                                .contains("Unable to load library 'kernel32'"));
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void realJnaCannotReachKernel32Here() {
        assertThat(WindowsVolumeProbe.forThisMachine()).isInstanceOf(NativeAccessUnavailable.class);
    }

    @Test
    void everyVolumeFactIsUnknownWithTheReason() {
        VolumeFacts facts = unavailable().describe("D:\\", Path.of("D:\\src"));

        assertThat(facts.devDrive().state()).isEqualTo(State.UNKNOWN);
        assertThat(facts.trusted().state()).isEqualTo(State.UNKNOWN);
        assertThat(facts.blockCloning().state()).isEqualTo(State.UNKNOWN);
        assertThat(facts.devDrive().reason()).contains("kernel32");
        assertThat(facts.totalBytes()).isEqualTo(-1);
    }

    @Test
    void mountPointsStillComeFromTheJdk(@TempDir Path dir) throws IOException {
        Path file = Files.createFile(dir.resolve("f"));

        assertThat(unavailable().volumeRoot(file.toRealPath())).isNotEmpty();
    }

    @Test
    void autoDoesNotRedirectOnAGuess() {
        Path build = Path.of("D:\\src\\app\\target");
        VolumeFacts volume = unavailable().describe("D:\\", build);
        BuildFacts facts = new BuildFacts(new PathVolume(build, build, volume, ""), Optional.empty(), "", false, "jo");

        TempRootDecision decision = TempRootPolicy.decide(DevDriveConfig.DEFAULT, facts);

        assertThat(decision.redirect()).isFalse();
        assertThat(decision.reason()).contains("cannot tell").contains("kernel32");
    }
}
