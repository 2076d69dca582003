package dev.devdrive.maven.volume;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The platform-specific part of detection. {@link VolumeDetection} calls {@link #volumeRoot} for every
 * path (so it must be cheap) and {@link #describe} once per volume and pass.
 */
public interface VolumeProbe {

    /**
     * The probe for one detection pass, which may keep what it read (such as the mount table) until the pass
     * ends; used by one thread.
     */
    default VolumeProbe forOnePass() {
        return this;
    }

    /** Resolves links, junctions and {@code subst} drives of a path that exists. */
    default Path realPath(Path existing) throws IOException {
        return existing.toRealPath();
    }

    /** The root or mount point of the volume a real, existing path is on. */
    String volumeRoot(Path realPath) throws IOException;

    /**
     * Everything known about the volume at {@code root}. Never throws: what cannot be read becomes
     * unknown with the reason.
     *
     * @param root     a value returned by {@link #volumeRoot}
     * @param realPath the path that led to this volume, for JDK calls that need a file on it
     */
    VolumeFacts describe(String root, Path realPath);

    /** Every Dev Drive on this machine, for reporting only; empty where there are none or none can exist. */
    default List<VolumeFacts> devDrives() {
        return List.of();
    }
}
