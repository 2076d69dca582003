package dev.devdrive.maven.volume;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where one path lives.
 *
 * @param path     the path as asked about
 * @param realPath the path with symlinks, junctions, {@code subst} drives and mounted folders resolved; for a
 *                 path that does not exist yet, the real path of its nearest existing ancestor with the
 *                 missing part appended; {@code null} when nothing of it could be resolved
 * @param volume   the volume it is on
 * @param problem  why the path could not be fully examined, or empty
 */
public record PathVolume(Path path, Path realPath, VolumeFacts volume, String problem) {

    public PathVolume {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(volume, "volume");
        problem = problem == null ? "" : problem;
    }

    public Optional<Path> real() {
        return Optional.ofNullable(realPath);
    }
}
