package dev.devdrive.maven.report;

import dev.devdrive.maven.policy.TempRootDecision;
import dev.devdrive.maven.volume.VolumeFacts;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything detected for a report, before any advice is derived from it.
 *
 * @param os                  the operating system
 * @param locations           the examined locations in {@link LocationNames#ALL} order; unset ones are absent
 * @param devDrives           every Dev Drive on this machine
 * @param decision            what the extension would do for this build
 * @param extensionConfigured whether {@code .mvn/extensions.xml} already loads the extension
 * @param extensionVersion    the version to recommend in {@code .mvn/extensions.xml}
 */
public record ReportFacts(
        OsInfo os,
        List<Location> locations,
        List<VolumeFacts> devDrives,
        TempRootDecision decision,
        boolean extensionConfigured,
        String extensionVersion) {

    public ReportFacts {
        Objects.requireNonNull(os, "os");
        locations = List.copyOf(locations);
        devDrives = List.copyOf(devDrives);
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(extensionVersion, "extensionVersion");
    }

    public Optional<Location> location(String name) {
        return locations.stream().filter(l -> l.name().equals(name)).findFirst();
    }
}
