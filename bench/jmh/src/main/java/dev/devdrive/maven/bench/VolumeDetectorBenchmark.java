package dev.devdrive.maven.bench;

import dev.devdrive.maven.volume.JdkVolumeProbe;
import dev.devdrive.maven.volume.PathVolume;
import dev.devdrive.maven.volume.VolumeDetector;
import dev.devdrive.maven.volume.VolumeProbe;
import dev.devdrive.maven.volume.linux.LinuxVolumeProbe;
import dev.devdrive.maven.volume.windows.WindowsVolumeProbe;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the extension pays to learn which volume a path is on. The extension asks once per build for the
 * build directory, so "cold" (a fresh detector, nothing cached) is the cost a build sees; "cached" is
 * what every later question about the same volume costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VolumeDetectorBenchmark {

    private Path path;
    private VolumeProbe probe;
    private VolumeDetector warmDetector;

    @Setup
    public void setUp() {
        // -Dbench.path: the path to examine (bench/run passes the generated project's build directory).
        path = Paths.get(System.getProperty("bench.path", System.getProperty("user.dir")));
        probe = probeForThisMachine();
        warmDetector = new VolumeDetector(probe);
        warmDetector.detect(path);
    }

    /** A fresh probe and detector each time: the first question of a build, including probe set-up. */
    @Benchmark
    public PathVolume coldWithNewProbe() {
        return new VolumeDetector(probeForThisMachine()).detect(path);
    }

    /** A fresh detector (empty cache) on a shared probe: path resolution plus one volume query. */
    @Benchmark
    public PathVolume cold() {
        return new VolumeDetector(probe).detect(path);
    }

    /** The volume already cached: path resolution and a map lookup. */
    @Benchmark
    public PathVolume cached() {
        return warmDetector.detect(path);
    }

    // Mirrors VolumeDetector.forThisMachine(), which is a JVM-wide singleton and so cannot be measured cold.
    private static VolumeProbe probeForThisMachine() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return WindowsVolumeProbe.forThisMachine();
        }
        if (os.startsWith("linux")) {
            return LinuxVolumeProbe.forThisMachine();
        }
        return new JdkVolumeProbe();
    }
}
