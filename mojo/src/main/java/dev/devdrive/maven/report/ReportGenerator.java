package dev.devdrive.maven.report;

import dev.devdrive.maven.config.DevDriveConfig;
import dev.devdrive.maven.config.InvalidPropertyException;
import dev.devdrive.maven.policy.BuildFactsCollector;
import dev.devdrive.maven.policy.TempRootDecision;
import dev.devdrive.maven.volume.VolumeDetector;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;

/** Examines every location, asks the policy what the extension would do, and derives the advice. */
public final class ReportGenerator {

    private final VolumeDetector detector;

    public ReportGenerator(VolumeDetector detector) {
        this.detector = detector;
    }

    /**
     * @throws InvalidPropertyException when a {@code devdrive.*} property has a value the extension would
     *     reject too
     */
    public DevDriveReport generate(ReportInputs inputs) throws InvalidPropertyException {
        DevDriveConfig config = DevDriveConfig.from(inputs.userProperties(), inputs.projectProperties());
        List<Location> locations = LocationNames.ALL.stream()
                .filter(inputs.locations()::containsKey)
                .map(name -> examine(name, inputs.locations().get(name)))
                .toList();
        ReportFacts facts = new ReportFacts(
                inputs.os(),
                locations,
                detector.devDrives(),
                decide(config, inputs),
                inputs.extensionConfigured(),
                inputs.extensionVersion(),
                inputs.userChoices());
        return DevDriveReport.of(facts);
    }

    private TempRootDecision decide(DevDriveConfig config, ReportInputs inputs) {
        String buildDirectory = inputs.locations().get(LocationNames.BUILD_DIRECTORY);
        if (buildDirectory == null) {
            return new TempRootDecision(
                    false,
                    config.mode(),
                    List.of(),
                    "no project here: run the report in a project's directory to see what the extension would do"
                            + " for its build");
        }
        return BuildFactsCollector.decide(
                config, inputs.os().name(), () -> detector, Path.of(buildDirectory), inputs.environment());
    }

    private Location examine(String name, String value) {
        if (name.equals(LocationNames.DEV_DRIVE)) {
            return BuildFactsCollector.devDrivePath(value)
                    .map(path -> Location.of(name, detector.detect(path)))
                    .orElseGet(() -> Location.invalid(name, value, "not a valid path"));
        }
        try {
            return Location.of(name, detector.detect(Path.of(value)));
        } catch (InvalidPathException e) {
            return Location.invalid(name, value, e.getReason());
        }
    }
}
