package dev.devdrive.maven.detect;

import dev.devdrive.maven.volume.JdkVolumeProbe;
import dev.devdrive.maven.volume.VolumeDetection;
import dev.devdrive.maven.volume.VolumeProbe;
import dev.devdrive.maven.volume.linux.LinuxVolumeProbe;
import dev.devdrive.maven.volume.windows.WindowsVolumeProbe;
import java.util.Locale;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;

/**
 * Detection on this machine: picks the probe for the running OS once, and starts a fresh {@link VolumeDetection}
 * for each build or report, so nothing read for one build (free space, trust, mounts) answers for the next.
 * Injected into the extension's lifecycle participant and into {@code devdrive:report}; the plugin's realm loads
 * its own copy of these classes, so the two share the code, not an instance.
 */
@Named
@Singleton
public class VolumeDetector {

    private final String osName;
    private VolumeProbe probe;

    /** The probe is made on first use: a build with the extension turned off never loads native access. */
    @Inject
    public VolumeDetector() {
        this.osName = System.getProperty("os.name", "");
    }

    public VolumeDetector(VolumeProbe probe) {
        this.osName = "";
        this.probe = probe;
    }

    static VolumeProbe probeFor(String osName) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            return WindowsVolumeProbe.forThisMachine();
        }
        if (os.startsWith("linux")) {
            return LinuxVolumeProbe.forThisMachine();
        }
        return new JdkVolumeProbe();
    }

    /** A new detection pass; use it from one thread, for one build. */
    public VolumeDetection start() {
        return new VolumeDetection(probe().forOnePass());
    }

    private synchronized VolumeProbe probe() {
        if (probe == null) {
            probe = probeFor(osName);
        }
        return probe;
    }
}
