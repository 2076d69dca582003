package dev.devdrive.maven.volume.windows;

import dev.devdrive.maven.volume.JdkVolumeProbe;
import dev.devdrive.maven.volume.VolumeProbe;

/** Placeholder until JNA-based detection lands. */
public final class WindowsVolumeProbe extends JdkVolumeProbe {

    public static VolumeProbe forThisMachine() {
        return new WindowsVolumeProbe();
    }
}
