package dev.devdrive.maven.bench;

import dev.devdrive.maven.detect.VolumeDetector;
import dev.devdrive.maven.volume.PathVolume;
import dev.devdrive.maven.volume.VolumeDetection;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What the extension pays to learn which volume a path is on. A build starts one detection pass and asks about
 * the build directory first, so "cold" (a new pass, nothing read yet) is the cost a build sees; "cached" is what
 * every later question about the same volume in that pass costs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class VolumeDetectorBenchmark {

    private Path path;
    private VolumeDetector detector;
    private VolumeDetection warmDetection;

    @Setup
    public void setUp() {
        // -Dbench.path: the path to examine (bench/run passes a generated project's directory).
        path = Paths.get(System.getProperty("bench.path", System.getProperty("user.dir")));
        detector = new VolumeDetector();
        warmDetection = detector.start();
        warmDetection.detect(path);
    }

    /** A new detector, as Sisu makes it for the first build of a Maven JVM: includes making the OS's probe. */
    @Benchmark
    public PathVolume coldWithNewProbe() {
        return new VolumeDetector().start().detect(path);
    }

    /** A new detection pass on the detector's probe: what each later build of a daemon (mvnd) pays. */
    @Benchmark
    public PathVolume cold() {
        return detector.start().detect(path);
    }

    /** The volume already known to the pass: path resolution and a map lookup. */
    @Benchmark
    public PathVolume cached() {
        return warmDetection.detect(path);
    }
}
