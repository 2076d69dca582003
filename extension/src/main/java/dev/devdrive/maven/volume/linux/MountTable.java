package dev.devdrive.maven.volume.linux;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The mounts of this process, to find the one a path is on. */
public final class MountTable {

    private final List<MountInfoEntry> entries;

    public MountTable(List<MountInfoEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * The mount a real (link-free, absolute) path is on: the one with the longest mount point containing it.
     * Mounts stacked on one mount point are listed in mount order, so the last one is the visible one.
     */
    public Optional<MountInfoEntry> mountOf(Path realPath) {
        MountInfoEntry best = null;
        int bestDepth = -1;
        for (MountInfoEntry entry : entries) {
            Path mountPoint = Path.of(entry.mountPoint());
            if (realPath.startsWith(mountPoint) && mountPoint.getNameCount() >= bestDepth) {
                best = entry;
                bestDepth = mountPoint.getNameCount();
            }
        }
        return Optional.ofNullable(best);
    }

    /** The visible mount at exactly this mount point. */
    public Optional<MountInfoEntry> mountAt(String mountPoint) {
        MountInfoEntry found = null;
        for (MountInfoEntry entry : entries) {
            if (entry.mountPoint().equals(mountPoint)) {
                found = entry;
            }
        }
        return Optional.ofNullable(found);
    }
}
