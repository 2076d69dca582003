package dev.devdrive.maven.report;

import dev.devdrive.maven.inject.UserChoices;
import dev.devdrive.maven.policy.BuildFacts;
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
 * @param build               the build's volumes as the policy sees them; empty without a project
 * @param decision            what the extension would do for this build
 * @param extensionConfigured whether {@code .mvn/extensions.xml} already loads the extension
 * @param extensionVersion    the version to recommend in {@code .mvn/extensions.xml}
 * @param userChoices         temp settings the reactor's POMs make by hand, which the extension leaves alone
 * @param pluginsLeftAlone    the reactor's executions of plugins whose processes the extension leaves alone
 */
public record ReportFacts(
        OsInfo os,
        List<Location> locations,
        List<VolumeFacts> devDrives,
        Optional<BuildFacts> build,
        TempRootDecision decision,
        boolean extensionConfigured,
        String extensionVersion,
        List<UserChoices.Choice> userChoices,
        List<UserChoices.PluginLeftAlone> pluginsLeftAlone) {

    public ReportFacts {
        Objects.requireNonNull(os, "os");
        locations = List.copyOf(locations);
        devDrives = List.copyOf(devDrives);
        Objects.requireNonNull(build, "build");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(extensionVersion, "extensionVersion");
        userChoices = List.copyOf(userChoices);
        pluginsLeftAlone = List.copyOf(pluginsLeftAlone);
    }

    public Optional<Location> location(String name) {
        return locations.stream().filter(l -> l.name().equals(name)).findFirst();
    }
}
