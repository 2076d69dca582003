package dev.devdrive.maven.detect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.JdkVolumeProbe;
import dev.devdrive.maven.volume.VolumeDetection;
import dev.devdrive.maven.volume.VolumeFacts;
import dev.devdrive.maven.volume.VolumeKind;
import dev.devdrive.maven.volume.VolumeProbe;
import dev.devdrive.maven.volume.linux.LinuxVolumeProbe;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VolumeDetectorTest {

    @TempDir
    Path dir;

    @Test
    void eachOsGetsItsProbe() {
        assertThat(VolumeDetector.probeFor("Linux")).isInstanceOf(LinuxVolumeProbe.class);
        assertThat(VolumeDetector.probeFor("Mac OS X")).isInstanceOf(JdkVolumeProbe.class);
        assertThat(VolumeDetector.probeFor("Windows 11")).isNotInstanceOf(LinuxVolumeProbe.class);
    }

    /** Under the Maven daemon one JVM runs many builds: free space and trust must be read again by each. */
    @Test
    void eachBuildsPassReadsTheVolumeAgain() {
        AtomicLong free = new AtomicLong(100);
        VolumeProbe probe = new VolumeProbe() {
            @Override
            public String volumeRoot(Path realPath) {
                return "/";
            }

            @Override
            public VolumeFacts describe(String root, Path realPath) {
                Answer no = Answer.no("test");
                return new VolumeFacts(
                        "v", root, "ext4", 1000, free.getAndAdd(-10), VolumeKind.LOCAL, no, no, no, List.of());
            }
        };
        VolumeDetector detector = new VolumeDetector(probe);

        VolumeDetection first = detector.start();
        long once = first.detect(dir).volume().freeBytes();

        assertThat(first.detect(dir.resolve("a")).volume().freeBytes()).isEqualTo(once);
        assertThat(detector.start().detect(dir).volume().freeBytes()).isNotEqualTo(once);
    }
}
