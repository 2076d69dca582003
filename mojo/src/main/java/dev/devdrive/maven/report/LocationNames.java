package dev.devdrive.maven.report;

import java.util.List;

/** The names of the locations a report examines, in report order; they are stable JSON values. */
public final class LocationNames {

    /** The reactor's top-level project directory, or the current directory without a project. */
    public static final String PROJECT = "project";

    /** The top-level project's build directory. */
    public static final String BUILD_DIRECTORY = "buildDirectory";

    /** The Maven JVM's own temporary directory. */
    public static final String JAVA_IO_TMPDIR = "java.io.tmpdir";

    public static final String TMP = "TMP";
    public static final String TEMP = "TEMP";
    public static final String TMPDIR = "TMPDIR";
    public static final String LOCAL_REPOSITORY = "localRepository";
    public static final String MAVEN_HOME = "mavenHome";
    public static final String JAVA_HOME = "JAVA_HOME";
    public static final String USER_HOME = "userHome";

    /** The drive created by the setup-dev-drive GitHub Action. */
    public static final String DEV_DRIVE = "DEV_DRIVE";

    public static final List<String> ALL = List.of(
            PROJECT,
            BUILD_DIRECTORY,
            JAVA_IO_TMPDIR,
            TMP,
            TEMP,
            TMPDIR,
            LOCAL_REPOSITORY,
            MAVEN_HOME,
            JAVA_HOME,
            USER_HOME,
            DEV_DRIVE);

    /** Where temporary files go: the JVM's property and the variables child processes read. */
    public static final List<String> TEMPORARY = List.of(JAVA_IO_TMPDIR, TMP, TEMP, TMPDIR);

    private LocationNames() {}
}
