import java.nio.file.Files
import java.nio.file.LinkOption
import java.nio.file.Path
import java.nio.file.attribute.PosixFilePermissions
import java.util.concurrent.TimeUnit

/**
 * Runs Maven builds of the shared sample project in processes of their own, for the rel-* ITs: the Maven that
 * runs the invoker (or the matrix execution's, nestedMavenHome), the ITs' local repository (which holds the extension under test), offline-safe settings.
 * Load it from a verify.groovy with: new GroovyClassLoader(getClass().classLoader).parseClass(file).
 */
class NestedMaven {

    static final long TIMEOUT_MINUTES = 8

    final File workDir
    final File mavenHome
    final File settings
    final String localRepository
    final String version
    final File sampleSource

    /**
     * @param binding the invoker script's binding: basedir, localRepositoryPath, outerLocalRepository,
     *     devdriveVersion and itShared; nestedMavenHome where a matrix execution of it/pom.xml runs the IT on
     *     another Maven (the script itself runs in the Maven that runs the invoker)
     */
    NestedMaven(Binding binding) {
        mavenHome = new File(binding.hasVariable('nestedMavenHome')
                ? binding.getVariable('nestedMavenHome').toString()
                : System.getProperty('maven.home'))
        workDir = binding.getVariable('basedir') as File
        localRepository = binding.getVariable('localRepositoryPath').toString()
        version = binding.getVariable('devdriveVersion').toString()
        sampleSource = new File(binding.getVariable('itShared').toString(), 'rel/sample')
        // Every repository, central included, is the developer's local repository: nothing is downloaded, and the
        // id is the one the invoker's own builds recorded the artifacts under.
        def outer = new File(binding.getVariable('outerLocalRepository').toString()).toURI().toString()
        settings = new File(workDir, 'nested-settings.xml')
        settings.text = """<settings>
  <mirrors>
    <mirror><id>local.central</id><url>${outer}</url><mirrorOf>*</mirrorOf></mirror>
  </mirrors>
</settings>
"""
    }

    /** A fresh copy of the sample project in {@code dir}, with the extension version filled in. */
    File sample(String name) {
        def dir = new File(workDir, name)
        if (dir.exists()) {
            dir.deleteDir()
        }
        copy(sampleSource, dir)
        def extensions = new File(dir, '.mvn/extensions.xml')
        extensions.text = extensions.text.replace('@project.version@', version)
        dir
    }

    /**
     * Starts {@code mvn -B <args>} in {@code dir}, output to {@code <dir>/build.log}.
     *
     * @param umask for example '000' to prove that the directories' modes do not depend on it; null to inherit
     * @param environment variables to set for the build, on top of those every nested build gets
     */
    Process start(File dir, List<String> args, String umask = null, Map<String, String> environment = [:]) {
        def command = [new File(mavenHome, 'bin/mvn').path, '-B', '-e', '-s', settings.path,
                       "-Dmaven.repo.local=${localRepository}".toString()] + args
        if (umask != null) {
            command = ['sh', '-c', "umask ${umask} && exec \"\$0\" \"\$@\"".toString()] + command
        }
        def builder = new ProcessBuilder(command).directory(dir).redirectErrorStream(true)
                .redirectOutput(new File(dir, 'build.log'))
        builder.environment().put('JAVA_HOME', System.getProperty('java.home'))
        builder.environment().put('MAVEN_OPTS', '-XX:TieredStopAtLevel=1 -XX:+UseSerialGC')
        builder.environment().remove('MAVEN_ARGS')
        builder.environment().putAll(environment)
        builder.start()
    }

    /** Runs the build to its end; returns the exit code. */
    int run(File dir, List<String> args, String umask = null, Map<String, String> environment = [:]) {
        waitFor(start(dir, args, umask, environment), dir)
    }

    /** Waits for a build started with {@link #start}; a build that hangs is killed and fails the IT. */
    int waitFor(Process process, File dir) {
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
            process.toHandle().descendants().forEach { it.destroyForcibly() }
            process.destroyForcibly()
            throw new AssertionError("build in ${dir} did not end within ${TIMEOUT_MINUTES} minutes")
        }
        process.exitValue()
    }

    /** The build's log, printed to the IT's log as well when it is not what was expected. */
    static String log(File dir) {
        new File(dir, 'build.log').text
    }

    static Properties report(File file) {
        def properties = new Properties()
        file.withInputStream { properties.load(it) }
        properties
    }

    /** The POSIX mode as rwx------, or null where the file system has none. */
    static String mode(File file) {
        try {
            PosixFilePermissions.toString(Files.getPosixFilePermissions(file.toPath(), LinkOption.NOFOLLOW_LINKS))
        } catch (UnsupportedOperationException e) {
            null
        }
    }

    /** Path, size and content of every file below {@code dir} (links not followed), to prove nothing changed. */
    static Map<String, String> snapshot(File dir) {
        def files = new TreeMap<String, String>()
        Files.walk(dir.toPath()).withCloseable { stream ->
            stream.each { Path p ->
                def name = dir.toPath().relativize(p).toString()
                if (Files.isSymbolicLink(p)) {
                    files[name] = 'link to ' + Files.readSymbolicLink(p)
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    files[name] = new String(Files.readAllBytes(p), "UTF-8")
                } else {
                    files[name] = 'directory ' + mode(p.toFile())
                }
            }
        }
        files
    }

    /** The per-user directory's name below a temp root, spelled as TempRootPolicy.safeName spells it. */
    static String userDirectoryName() {
        String name = System.getProperty('user.name')
        String safe = name.replaceAll(/[^A-Za-z0-9._-]/, '_')
        safe = safe.isEmpty() || safe.chars().allMatch { it == ('.' as char) } ? 'user' : safe
        if (safe == name) {
            return safe
        }
        byte[] hash = java.security.MessageDigest.getInstance('SHA-256').digest(name.getBytes('UTF-8'))
        safe + '-' + HexFormat.of().formatHex(hash, 0, 4)
    }

    /** Runs a command, returning [exit code, output]. */
    static List run(List<String> command) {
        def process = new ProcessBuilder(command).redirectErrorStream(true).start()
        def output = process.inputStream.text
        process.waitFor()
        [process.exitValue(), output.trim()]
    }

    /** Whether this process may mount file systems: root on Linux with CAP_SYS_ADMIN. */
    static String whyNoMounts(File probeDir) {
        if (!System.getProperty('os.name').toLowerCase().contains('linux')) {
            return 'not Linux'
        }
        probeDir.mkdirs()
        def (code, output) = run(['mount', '-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', probeDir.path])
        if (code != 0) {
            return "mount -t tmpfs failed (${code}): ${output}"
        }
        run(['umount', probeDir.path])
        null
    }

    private static void copy(File from, File to) {
        to.mkdirs()
        from.eachFile { file ->
            def target = new File(to, file.name)
            if (file.isDirectory()) {
                copy(file, target)
            } else {
                target.bytes = file.bytes
            }
        }
    }
}
