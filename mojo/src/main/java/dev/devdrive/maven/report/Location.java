package dev.devdrive.maven.report;

import dev.devdrive.maven.volume.PathVolume;
import dev.devdrive.maven.volume.VolumeFacts;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One place a build keeps files, and the volume it is on.
 *
 * @param name     what it is, one of {@link LocationNames}
 * @param path     the path as configured (environment variable, system property, project model)
 * @param realPath the path with links resolved, {@code null} when it could not be resolved
 * @param problem  why it could not be fully examined, or empty
 * @param volume   the volume it is on
 */
public record Location(String name, String path, Path realPath, String problem, VolumeFacts volume) {

    public Location {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        problem = Objects.requireNonNullElse(problem, "");
        Objects.requireNonNull(volume, "volume");
    }

    public static Location of(String name, PathVolume where) {
        return new Location(name, where.path().toString(), where.realPath(), where.problem(), where.volume());
    }

    /** A value that is not a path on this system, such as a Windows path on Linux with illegal characters. */
    public static Location invalid(String name, String value, String reason) {
        String problem = "not a valid path: " + reason;
        return new Location(name, value, null, problem, VolumeFacts.unknown(value, problem));
    }

    public Optional<Path> real() {
        return Optional.ofNullable(realPath);
    }

    /** The locations grouped by the volume they are on, volumes and locations in the order met. */
    static Collection<List<Location>> byVolume(Stream<Location> locations) {
        return locations
                .collect(Collectors.groupingBy(l -> l.volume().id(), LinkedHashMap::new, Collectors.toList()))
                .values();
    }

    /** The path to show: the real one when it is known. */
    public String shownPath() {
        return realPath == null ? path : realPath.toString();
    }
}
