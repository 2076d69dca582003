package dev.devdrive.maven.report;

import dev.devdrive.maven.inject.UserChoices;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What a report is made from, gathered by the plugin from the Maven session.
 *
 * @param os                  the operating system
 * @param locations           raw paths by {@link LocationNames} name; unset ones are absent. Without
 *                            {@link LocationNames#BUILD_DIRECTORY} there is no project and no decision.
 * @param environment         the environment variables, for {@code DEV_DRIVE}
 * @param userProperties      {@code -D} and {@code .mvn/maven.config}; null for unset
 * @param projectProperties   the top-level project's {@code <properties>}; null for unset
 * @param extensionConfigured whether {@code .mvn/extensions.xml} already loads the extension
 * @param extensionVersion    the version to recommend for the extension
 * @param userChoices         temp settings the reactor's POMs make by hand, which the extension leaves alone
 * @param pluginsLeftAlone    the reactor's executions of plugins whose processes the extension leaves alone
 * @param moduleBuildDirectories the build directories of the modules the build runs, whose own roots the build checks
 */
public record ReportInputs(
        OsInfo os,
        Map<String, String> locations,
        Map<String, String> environment,
        Function<String, String> userProperties,
        Function<String, String> projectProperties,
        boolean extensionConfigured,
        String extensionVersion,
        List<UserChoices.Choice> userChoices,
        List<UserChoices.PluginLeftAlone> pluginsLeftAlone,
        List<String> moduleBuildDirectories) {

    public ReportInputs {
        Objects.requireNonNull(os, "os");
        locations = Map.copyOf(locations);
        environment = Map.copyOf(environment);
        Objects.requireNonNull(userProperties, "userProperties");
        Objects.requireNonNull(projectProperties, "projectProperties");
        Objects.requireNonNull(extensionVersion, "extensionVersion");
        userChoices = List.copyOf(userChoices);
        pluginsLeftAlone = List.copyOf(pluginsLeftAlone);
        moduleBuildDirectories = List.copyOf(moduleBuildDirectories);
    }
}
