package dev.devdrive.maven.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devdrive.maven.volume.JdkVolumeProbe;
import dev.devdrive.maven.volume.VolumeDetection;
import java.nio.file.Path;
import java.util.Map;
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

    @Test
    void devDriveNamingAMissingDriveIsNotTheBuildVolume() {
        BuildFacts facts = BuildFactsCollector.collect(detector, dir, Map.of("DEV_DRIVE", "/no/such/drive"));

        assertThat(facts.buildOnDevDriveEnvVolume()).isFalse();
    }

    @Test
    void driveLetterMeansTheDriveRoot() {
        assertThat(BuildFactsCollector.devDrivePath("E:")).contains(Path.of("E:\\"));
        assertThat(BuildFactsCollector.devDrivePath("")).isEmpty();
    }
}
