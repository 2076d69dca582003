package dev.devdrive.maven.volume.linux;

import dev.devdrive.maven.volume.JdkVolumeProbe;
import dev.devdrive.maven.volume.VolumeProbe;

/** Placeholder until mountinfo-based detection lands. */
public final class LinuxVolumeProbe extends JdkVolumeProbe {

    public static VolumeProbe forThisMachine() {
        return new LinuxVolumeProbe();
    }
}
