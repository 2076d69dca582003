package dev.devdrive.maven.plugin;

import static dev.devdrive.maven.report.LocationNames.BUILD_DIRECTORY;
import static dev.devdrive.maven.report.LocationNames.DEV_DRIVE;
import static dev.devdrive.maven.report.LocationNames.JAVA_HOME;
import static dev.devdrive.maven.report.LocationNames.JAVA_IO_TMPDIR;
import static dev.devdrive.maven.report.LocationNames.LOCAL_REPOSITORY;
import static dev.devdrive.maven.report.LocationNames.MAVEN_HOME;
import static dev.devdrive.maven.report.LocationNames.PROJECT;
import static dev.devdrive.maven.report.LocationNames.TEMP;
import static dev.devdrive.maven.report.LocationNames.TMP;
import static dev.devdrive.maven.report.LocationNames.TMPDIR;
import static dev.devdrive.maven.report.LocationNames.USER_HOME;

import dev.devdrive.maven.config.TopLevelProject;
import dev.devdrive.maven.report.OsInfo;
import dev.devdrive.maven.report.ReportInputs;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * Reads a report's inputs from the Maven session. Environment variables and JVM properties come from the
 * session's system properties (Maven copies them there at start, {@code env.*} for the environment), so
 * they are the Maven JVM's own.
 */
final class SessionInputs {

    private static final String ENV = "env.";

    private SessionInputs() {}

    /** @param planned what the reactor's plans set by hand and run unhandled, none without a project */
    static ReportInputs from(MavenSession session, String extensionVersion, PlannedChoices.Found planned) {
        Properties system = session.getSystemProperties();
        Map<String, String> environment = environment(system);
        MavenProject top = topLevelProject(session);
        Map<String, String> locations = new HashMap<>();
        String projectDirectory = top != null ? top.getBasedir().getPath() : currentDirectory(session, system);
        put(locations, PROJECT, projectDirectory);
        if (top != null && top.getBuild() != null) {
            put(locations, BUILD_DIRECTORY, top.getBuild().getDirectory());
        }
        put(locations, JAVA_IO_TMPDIR, system.getProperty("java.io.tmpdir"));
        put(locations, TMP, environment.get("TMP"));
        put(locations, TEMP, environment.get("TEMP"));
        put(locations, TMPDIR, environment.get("TMPDIR"));
        put(locations, LOCAL_REPOSITORY, localRepository(session));
        put(locations, MAVEN_HOME, system.getProperty("maven.home"));
        String javaHome = environment.get("JAVA_HOME");
        put(locations, JAVA_HOME, isSet(javaHome) ? javaHome : system.getProperty("java.home"));
        put(locations, USER_HOME, system.getProperty("user.home"));
        put(locations, DEV_DRIVE, environment.get("DEV_DRIVE"));
        Properties projectProperties = top != null ? top.getProperties() : new Properties();
        return new ReportInputs(
                OsInfo.from(system),
                locations,
                environment,
                session.getUserProperties()::getProperty,
                projectProperties::getProperty,
                extensionConfigured(session, projectDirectory),
                extensionVersion,
                planned.choices(),
                planned.pluginsLeftAlone(),
                top != null
                        ? session.getProjects().stream()
                                .map(project -> project.getBuild().getDirectory())
                                .toList()
                        : List.of());
    }

    /** Whether the report runs in a project, not in Maven's stand-in for a directory without one. */
    static boolean hasProject(MavenSession session) {
        return topLevelProject(session) != null;
    }

    /** {@code null} without a project: Maven then builds a stand-in project that is not the user's. */
    private static MavenProject topLevelProject(MavenSession session) {
        MavenExecutionRequest request = session.getRequest();
        boolean projectPresent = request != null && request.isProjectPresent();
        return projectPresent ? TopLevelProject.of(session) : null;
    }

    private static String currentDirectory(MavenSession session, Properties system) {
        String root = session.getExecutionRootDirectory();
        return isSet(root) ? root : system.getProperty("user.dir");
    }

    private static String localRepository(MavenSession session) {
        MavenExecutionRequest request = session.getRequest();
        File path = request == null ? null : request.getLocalRepositoryPath();
        return path == null ? null : path.getPath();
    }

    private static Map<String, String> environment(Properties system) {
        Map<String, String> environment = new HashMap<>();
        for (String key : system.stringPropertyNames()) {
            if (key.startsWith(ENV)) {
                environment.put(key.substring(ENV.length()), system.getProperty(key));
            }
        }
        return environment;
    }

    /** Whether {@code .mvn/extensions.xml} (next to the top-level POM, or in the current directory) loads it. */
    private static boolean extensionConfigured(MavenSession session, String projectDirectory) {
        MavenExecutionRequest request = session.getRequest();
        File root = request == null ? null : request.getMultiModuleProjectDirectory();
        Path directory = root != null ? root.toPath() : Path.of(projectDirectory);
        Path extensions = directory.resolve(".mvn").resolve("extensions.xml");
        try {
            return Files.isRegularFile(extensions)
                    && Files.readString(extensions, StandardCharsets.UTF_8).contains("devdrive-maven-extension");
        } catch (IOException e) {
            return false;
        }
    }

    private static void put(Map<String, String> locations, String name, String value) {
        if (isSet(value)) {
            locations.put(name, value);
        }
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
