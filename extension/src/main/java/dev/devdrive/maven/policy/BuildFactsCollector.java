package dev.devdrive.maven.policy;

import dev.devdrive.maven.config.DevDriveConfig;
import dev.devdrive.maven.volume.PathVolume;
import dev.devdrive.maven.volume.VolumeDetection;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Gathers {@link BuildFacts} from the machine: the edge where detection meets the pure policy. */
public final class BuildFactsCollector {

    /** Set by the setup-dev-drive GitHub Action to the drive it created, for example {@code E:}. */
    public static final String DEV_DRIVE_ENV = "DEV_DRIVE";

    private BuildFactsCollector() {}

    /**
     * The decision for this build, detecting volumes only when it depends on them: {@code off}, a named root and
     * {@code auto} outside Windows decide without creating a detector.
     *
     * @param osName the {@code os.name} system property
     */
    public static TempRootDecision decide(
            DevDriveConfig config,
            String osName,
            Supplier<VolumeDetection> detector,
            Path topLevelBuildDirectory,
            Map<String, String> env) {
        return TempRootPolicy.decideWithoutVolumes(
                        config, osName, env.getOrDefault(DEV_DRIVE_ENV, ""), System.getProperty("user.name", ""))
                .orElseGet(() -> TempRootPolicy.decide(config, collect(detector.get(), topLevelBuildDirectory, env)));
    }

    public static BuildFacts collect(VolumeDetection detector, Path topLevelBuildDirectory, Map<String, String> env) {
        String devDrive = env.getOrDefault(DEV_DRIVE_ENV, "");
        return of(
                detector.detect(topLevelBuildDirectory), devDrivePath(devDrive).map(detector::detect), devDrive);
    }

    /**
     * The facts from paths already detected, so that the report detects each location once.
     *
     * @param build          the top-level build directory
     * @param devDriveVolume where {@code DEV_DRIVE} points, when it names a path
     * @param devDrive       the raw value of {@code DEV_DRIVE}, blanks around it ignored
     */
    public static BuildFacts of(PathVolume build, Optional<PathVolume> devDriveVolume, String devDrive) {
        boolean sameVolume = devDriveVolume
                .map(v -> exists(v)
                        && build.real().isPresent()
                        && v.volume().id().equals(build.volume().id()))
                .orElse(false);
        return new BuildFacts(build, devDriveVolume, devDrive.trim(), sameVolume, System.getProperty("user.name", ""));
    }

    /**
     * The path a {@code DEV_DRIVE} value names. {@code E:} alone would mean the current directory on drive E;
     * the action means the drive's root. Blanks around the value are ignored. Empty for an empty or invalid value.
     */
    public static Optional<Path> devDrivePath(String raw) {
        // cmd.exe's `set DEV_DRIVE=E: && mvn ...` keeps the blank before &&
        String value = raw.trim();
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

    /**
     * A directory by its real path, as detection names the top-level build directory: with {@code mvn -f
     * /link/pom.xml} Maven names every module through the link, and a root below a link is refused. The part that
     * does not exist yet is kept as it is.
     */
    public static Path realPath(Path directory) {
        Path absolute = directory.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute; // the root's own checks then say what is wrong
        }
    }

    /** A {@code DEV_DRIVE} that does not exist names no volume, even though its nearest ancestor is on one. */
    private static boolean exists(PathVolume volume) {
        return volume.real().isPresent() && volume.problem().isEmpty();
    }
}
