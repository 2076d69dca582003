/**
 * Reads what the shared recorder (it-shared/recorder) wrote from inside a fork, for the ext-* ITs' verify.groovy.
 * Load it with: new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ForkRecords.groovy')).
 */
class ForkRecords {

    /**
     * The recording {@code name} (module-TestClass) in {@code observedDir}, checked to be in a fork directory
     * {@code <root>/b-<random>/<module>/fork-<n>} that existed when the test started; returns the properties with
     * buildDir (b-<random>) and module added. A root in build directories is each module's own: write it with
     * {@code {module}} for the module's directory.
     */
    static Properties read(File observedDir, String name, String root) {
        def sep = File.separator
        def p = new Properties()
        new File(observedDir, name + '.properties').withInputStream { p.load(it) }
        def module = name.split('-')[0]
        def tmpdir = p['java.io.tmpdir']
        def m = tmpdir =~ /^(.*)\Q${sep}\E(b-[a-z0-9]{8})\Q${sep}${module}${sep}\E(fork-\d+)$/
        assert m.matches() : "${name}: java.io.tmpdir ${tmpdir} is not a fork directory of the build"
        def moduleRoot = root.replace('{module}', module)
        assert m.group(1) == moduleRoot : "${name}: ${tmpdir} is not under ${moduleRoot}"
        // Surefire numbers forks from one pool for the whole Maven JVM: the directory of any number must exist
        assert m.group(3) == p['fork'] : "${name}: ${p['fork']} got ${tmpdir}"
        assert p['tmpdir.existed'] == 'true' : "${name}: ${tmpdir} did not exist when the test started"
        p['buildDir'] = m.group(2)
        p['module'] = module
        p
    }
}
