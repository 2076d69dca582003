package dev.devdrive.maven.report;

import dev.devdrive.maven.config.Mode;
import dev.devdrive.maven.policy.BuildFacts;
import dev.devdrive.maven.policy.BuildFactsCollector;
import dev.devdrive.maven.policy.TempRootDecision;
import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.PathVolume;
import dev.devdrive.maven.volume.VolumeFacts;
import dev.devdrive.maven.volume.VolumeKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Volumes, locations and facts as the detector would report them on Windows, Linux and WSL. */
final class Fixtures {

    static final long GIB = 1024L * 1024 * 1024;
    static final OsInfo WINDOWS = new OsInfo("Windows 11", "10.0", "amd64");
    static final OsInfo LINUX = new OsInfo("Linux", "6.8.0-45-generic", "amd64");
    static final OsInfo WSL = new OsInfo("Linux", "5.15.153.1-microsoft-standard-WSL2", "amd64");
    static final TempRootDecision KEEP = new TempRootDecision(false, Mode.AUTO, List.of(), "not a Dev Drive");

    private Fixtures() {}

    static VolumeFacts devDrive(String root, Answer.State trusted) {
        return new VolumeFacts(
                "\\\\?\\Volume{" + root.charAt(0) + "}\\",
                root,
                "ReFS",
                100 * GIB,
                80 * GIB,
                VolumeKind.LOCAL,
                Answer.yes("FSCTL_QUERY_PERSISTENT_VOLUME_STATE: DEV_VOLUME"),
                new Answer(trusted, "TRUSTED_VOLUME bit"),
                Answer.yes("FILE_SUPPORTS_BLOCK_REFCOUNTING"),
                List.of());
    }

    static VolumeFacts ntfs(String root) {
        return new VolumeFacts(
                "\\\\?\\Volume{" + root.charAt(0) + "}\\",
                root,
                "NTFS",
                500 * GIB,
                120 * GIB,
                VolumeKind.LOCAL,
                Answer.no("no DEV_VOLUME flag"),
                Answer.no("not a Dev Drive"),
                Answer.no("no block refcounting"),
                List.of());
    }

    static VolumeFacts unix(String id, String root, String type, VolumeKind kind, long total, long free) {
        return new VolumeFacts(
                id,
                root,
                type,
                total,
                free,
                kind,
                Answer.no("Dev Drive exists only on Windows"),
                Answer.no("Dev Drive exists only on Windows"),
                Answer.unknown("not detected on this OS"),
                List.of());
    }

    static VolumeFacts ext4() {
        return unix("8:1", "/", "ext4", VolumeKind.LOCAL, 200 * GIB, 50 * GIB);
    }

    static Location at(String name, String path, VolumeFacts volume) {
        return new Location(name, path, Path.of(path), "", volume);
    }

    static ReportFacts facts(OsInfo os, List<Location> locations, List<VolumeFacts> devDrives) {
        return new ReportFacts(os, locations, devDrives, build(locations), KEEP, false, "1.2.3", List.of(), List.of());
    }

    /**
     * The build facts the generator would derive from these locations, with the same collector; most fixtures
     * name only the project, whose build directory is inside it.
     */
    static Optional<BuildFacts> build(List<Location> locations) {
        Optional<Location> build = named("buildDirectory", locations).or(() -> named("project", locations));
        Optional<Location> devDrive = named("DEV_DRIVE", locations);
        return build.map(b -> BuildFactsCollector.of(
                where(b),
                devDrive.map(Fixtures::where),
                devDrive.map(Location::path).orElse("")));
    }

    private static Optional<Location> named(String name, List<Location> locations) {
        return locations.stream().filter(l -> l.name().equals(name)).findFirst();
    }

    private static PathVolume where(Location location) {
        return new PathVolume(Path.of(location.path()), location.realPath(), location.volume(), location.problem());
    }

    static ReportFacts facts(OsInfo os, List<Location> locations) {
        return facts(os, locations, List.of());
    }
}
