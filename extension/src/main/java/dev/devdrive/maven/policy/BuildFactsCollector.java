package dev.devdrive.maven.policy;

import dev.devdrive.maven.volume.PathVolume;
import dev.devdrive.maven.volume.VolumeDetection;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Gathers {@link BuildFacts} from the machine: the edge where detection meets the pure policy. */
public final class BuildFactsCollector {

    /** Set by the setup-dev-drive GitHub Action to the drive it created, for example {@code E:}. */
    public static final String DEV_DRIVE_ENV = "DEV_DRIVE";

    private BuildFactsCollector() {}

    public static BuildFacts collect(VolumeDetection detector, Path topLevelBuildDirectory, Map<String, String> env) {
        String devDrive = env.getOrDefault(DEV_DRIVE_ENV, "").trim();
        return of(
                detector.detect(topLevelBuildDirectory), devDrivePath(devDrive).map(detector::detect), devDrive);
    }

    /**
     * The facts from paths already detected, so that the report detects each location once.
     *
     * @param build          the top-level build directory
     * @param devDriveVolume where {@code DEV_DRIVE} points, when it names a path
     * @param devDrive       the raw value of {@code DEV_DRIVE}
     */
    public static BuildFacts of(PathVolume build, Optional<PathVolume> devDriveVolume, String devDrive) {
        boolean sameVolume = devDriveVolume
                .map(v -> exists(v)
                        && build.real().isPresent()
                        && v.volume().id().equals(build.volume().id()))
                .orElse(false);
        return new BuildFacts(build, devDriveVolume, devDrive, sameVolume, System.getProperty("user.name", ""));
    }

    /**
     * The path a {@code DEV_DRIVE} value names. {@code E:} alone would mean the current directory on drive E;
     * the action means the drive's root. Empty for an empty or invalid value.
     */
    public static Optional<Path> devDrivePath(String value) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        String path = value.matches("[A-Za-z]:") ? value + "\\" : value;
        try {
            return Optional.of(Path.of(path));
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    /** A {@code DEV_DRIVE} that does not exist names no volume, even though its nearest ancestor is on one. */
    private static boolean exists(PathVolume volume) {
        return volume.real().isPresent() && volume.problem().isEmpty();
    }
}
