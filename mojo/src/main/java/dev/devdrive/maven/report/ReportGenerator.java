package dev.devdrive.maven.report;

import dev.devdrive.maven.config.DevDriveConfig;
import dev.devdrive.maven.config.InvalidPropertyException;
import dev.devdrive.maven.policy.BuildFacts;
import dev.devdrive.maven.policy.BuildFactsCollector;
import dev.devdrive.maven.policy.RootInspection;
import dev.devdrive.maven.policy.TempRootDecision;
import dev.devdrive.maven.policy.TempRootPolicy;
import dev.devdrive.maven.volume.PathVolume;
import dev.devdrive.maven.volume.VolumeDetection;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Examines every location once, asks the policy what the extension would do with the same detected volumes,
 * and derives the advice.
 */
public final class ReportGenerator {

    private final VolumeDetection detector;
    private final RootInspection rootInspection;

    /** @param rootInspection the build's own root checks, so that a root the build refuses shows as refused */
    public ReportGenerator(VolumeDetection detector, RootInspection rootInspection) {
        this.detector = detector;
        this.rootInspection = rootInspection;
    }

    /**
     * @throws InvalidPropertyException when a {@code devdrive.*} property has a value the extension would
     *     reject too
     */
    public DevDriveReport generate(ReportInputs inputs) throws InvalidPropertyException {
        DevDriveConfig config = DevDriveConfig.from(inputs.userProperties(), inputs.projectProperties());
        Map<String, PathVolume> detected = new LinkedHashMap<>();
        List<Location> locations = new ArrayList<>();
        for (String name : LocationNames.ALL) {
            String value = inputs.locations().get(name);
            if (value == null) {
                continue;
            }
            try {
                Optional<PathVolume> where = path(name, value).map(detector::detect);
                where.ifPresent(w -> detected.put(name, w));
                locations.add(where.map(w -> Location.of(name, w))
                        .orElseGet(() -> Location.invalid(name, value, "names no drive")));
            } catch (InvalidPathException e) {
                locations.add(Location.invalid(name, value, e.getReason()));
            }
        }
        Optional<BuildFacts> build = Optional.ofNullable(detected.get(LocationNames.BUILD_DIRECTORY))
                .map(directory -> BuildFactsCollector.of(
                        directory,
                        Optional.ofNullable(detected.get(LocationNames.DEV_DRIVE)),
                        inputs.locations().getOrDefault(LocationNames.DEV_DRIVE, "")));
        ReportFacts facts = new ReportFacts(
                inputs.os(),
                locations,
                detector.devDrives(),
                build,
                build.map(b -> decide(config, inputs, b)).orElseGet(() -> noProject(config)),
                inputs.extensionConfigured(),
                inputs.extensionVersion(),
                inputs.userChoices(),
                inputs.pluginsLeftAlone());
        return DevDriveReport.of(facts);
    }

    /** As the extension decides: without looking at the volumes where it does not need them, then checking roots. */
    private TempRootDecision decide(DevDriveConfig config, ReportInputs inputs, BuildFacts build) {
        TempRootDecision decision = TempRootPolicy.decideWithoutVolumes(
                        config, inputs.os().name(), build.devDriveEnvValue(), build.userName())
                .orElseGet(() -> TempRootPolicy.decide(config, build));
        return TempRootPolicy.afterRootChecks(
                decision,
                rootInspection,
                Path.of(inputs.locations().get(LocationNames.PROJECT)),
                inputs.moduleBuildDirectories().stream()
                        .map(directory -> BuildFactsCollector.realPath(Path.of(directory)))
                        .toList());
    }

    private static TempRootDecision noProject(DevDriveConfig config) {
        return new TempRootDecision(
                false,
                config.mode(),
                List.of(),
                "no project here: run the report in a project's directory to see what the extension would do"
                        + " for its build");
    }

    private static Optional<Path> path(String name, String value) {
        return name.equals(LocationNames.DEV_DRIVE)
                ? BuildFactsCollector.devDrivePath(value)
                : Optional.of(Path.of(value));
    }
}
