package dev.devdrive.maven.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devdrive.maven.config.DevDriveConfig;
import dev.devdrive.maven.config.Mode;
import dev.devdrive.maven.volume.JdkVolumeProbe;
import dev.devdrive.maven.volume.VolumeDetection;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildFactsCollectorTest {

    @TempDir
    Path dir;

    private final VolumeDetection detector = new VolumeDetection(new JdkVolumeProbe());

    @Test
    void withoutDevDriveVariable() {
        BuildFacts facts = BuildFactsCollector.collect(detector, dir.resolve("target"), Map.of());

        assertThat(facts.devDriveEnv()).isEmpty();
        assertThat(facts.devDriveEnvValue()).isEmpty();
        assertThat(facts.buildOnDevDriveEnvVolume()).isFalse();
        assertThat(facts.buildDirectory().problem()).contains("does not exist yet");
        assertThat(facts.userName()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void buildOnTheVolumeNamedByDevDrive() {
        BuildFacts facts =
                BuildFactsCollector.collect(detector, dir.resolve("target"), Map.of("DEV_DRIVE", dir.toString()));

        assertThat(facts.buildOnDevDriveEnvVolume()).isTrue();
        assertThat(facts.devDriveEnv()).isPresent();
    }

    /** {@code set DEV_DRIVE=E: && mvn ...} in cmd.exe keeps the blank before {@code &&}; the report reads it too. */
    @Test
    void blanksAroundDevDriveAreNotPartOfThePathForTheBuildOrTheReport() {
        String padded = dir + " ";
        BuildFacts collected =
                BuildFactsCollector.collect(detector, dir.resolve("target"), Map.of("DEV_DRIVE", padded));
        BuildFacts reported = BuildFactsCollector.of(
                detector.detect(dir.resolve("target")),
                BuildFactsCollector.devDrivePath(padded).map(detector::detect),
                padded);

        for (BuildFacts facts : List.of(collected, reported)) {
            assertThat(facts.buildOnDevDriveEnvVolume()).isTrue();
            assertThat(facts.devDriveEnvValue()).isEqualTo(dir.toString());
            assertThat(facts.devDriveEnv().orElseThrow().path()).isEqualTo(dir);
        }
        assertThat(BuildFactsCollector.devDrivePath(" E: ")).contains(Path.of("E:\\"));
    }

    @Test
    void devDriveNamingAMissingDriveIsNotTheBuildVolume() {
        BuildFacts facts = BuildFactsCollector.collect(detector, dir, Map.of("DEV_DRIVE", "/no/such/drive"));

        assertThat(facts.buildOnDevDriveEnvVolume()).isFalse();
    }

    @Test
    void autoOnLinuxDecidesWithoutDetecting() {
        Supplier<VolumeDetection> noDetection = () -> {
            throw new AssertionError("no detector may be made");
        };

        TempRootDecision decision = BuildFactsCollector.decide(
                DevDriveConfig.DEFAULT, "Linux", noDetection, dir.resolve("target"), Map.of());

        assertThat(decision.redirect()).isFalse();
        assertThat(decision.reason()).startsWith("no Dev Drive outside Windows (Linux)");
    }

    @Test
    void offDecidesWithoutDetecting() {
        Supplier<VolumeDetection> noDetection = () -> {
            throw new AssertionError("no detector may be made");
        };
        DevDriveConfig off = new DevDriveConfig(Mode.OFF, Optional.empty(), false);

        TempRootDecision decision = BuildFactsCollector.decide(
                off, "Windows 11", noDetection, dir.resolve("target"), Map.of("DEV_DRIVE", dir.toString()));

        assertThat(decision.redirect()).isFalse();
    }

    @Test
    void sameVolumeDetects() {
        DevDriveConfig sameVolume = new DevDriveConfig(Mode.SAME_VOLUME, Optional.empty(), false);

        TempRootDecision decision = BuildFactsCollector.decide(sameVolume, "Linux", () -> detector, dir, Map.of());

        assertThat(decision.redirect()).isTrue();
        assertThat(decision.reason()).startsWith("devdrive.mode=same-volume: build directory on ");
    }

    @Test
    void driveLetterMeansTheDriveRoot() {
        assertThat(BuildFactsCollector.devDrivePath("E:")).contains(Path.of("E:\\"));
        assertThat(BuildFactsCollector.devDrivePath("")).isEmpty();
    }
}
