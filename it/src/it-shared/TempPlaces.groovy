/** Where the extension puts a build's temp files, as the ITs expect them on the OS they run on. */
class TempPlaces {

    static final boolean WINDOWS = System.getProperty('os.name').startsWith('Windows')

    /**
     * Whether forks get TMP, TEMP and TMPDIR: not on Windows, where jps finds a JVM by the perf-data file
     * HotSpot writes under TMP.
     */
    static final boolean TEMP_VARIABLES = !WINDOWS

    /**
     * The root that devdrive.mode=same-volume uses for a build directory: on Windows the volume root's
     * .devdrive-tmp\<user> (outside what mvn clean deletes), elsewhere <build directory>/devdrive-tmp.
     */
    static String sameVolumeRoot(File buildDirectory) {
        if (!WINDOWS) {
            return new File(buildDirectory, 'devdrive-tmp').canonicalPath
        }
        String user = System.getProperty('user.name')
        // a name with other characters gets a digest (TempRootPolicy.safeName; NestedMaven.userDirectoryName)
        assert user ==~ /[A-Za-z0-9._-]+/ : "these ITs expect a plain user name on Windows, not ${user}"
        buildDirectory.canonicalFile.toPath().root.resolve('.devdrive-tmp').resolve(user).toString()
    }
}
