import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

def TempPlaces = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'TempPlaces.groovy'))
// Each fork recorded its java.io.tmpdir, its pid and when it started and recorded. Both builds (same-volume,
// devdrive.tmpRoot) must have given every fork a directory that existed when its tests began, inside that build's
// directory (in same-volume mode: in its own module's build directory), and never one that another fork running
// at the same time also had.
def sep = File.separator
def ForkRecords = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ForkRecords.groovy'))
def modules = ['a', 'b', 'c', 'd']
def expected = modules.collectMany { m -> ["${m}-FirstTempTest", "${m}-SecondTempTest"] } + ['d-TempRecorderIT']
def roots = [
        // on Windows the volume root's .devdrive-tmp\<user>, elsewhere each module's own build directory
        'same-volume': TempPlaces.WINDOWS ? TempPlaces.sameVolumeRoot(new File(basedir, 'target'))
                : new File(basedir, '{module}/target/devdrive-tmp').canonicalPath,
        'tmp-root'   : new File(basedir, 'tmp-root').canonicalPath + sep + System.getProperty('user.name').replaceAll(/[^A-Za-z0-9._-]/, '_')]

roots.each { run, root ->
    def observedDir = new File(basedir, "observed/${run}")
    assert observedDir.list().sort() == expected.collect { it + '.properties' }.sort()
    def forks = [:]
    def buildDirs = [] as Set
    expected.each { name ->
        def p = ForkRecords.read(observedDir, name, root)
        def tmpdir = p['java.io.tmpdir']
        ['tempDir', 'tempFile', 'legacyTempFile'].each {
            assert p[it].startsWith(tmpdir + sep) : "${run} ${name}: ${it} ${p[it]} is not in ${tmpdir}"
        }
        buildDirs << p['buildDir'] + (root.contains('{module}') ? p['module'] : '')
        def fork = forks.computeIfAbsent(p['pid']) { [tmpdir: tmpdir, from: p['forkStarted'] as long, to: 0L, tests: []] }
        assert fork.tmpdir == tmpdir
        fork.to = Math.max(fork.to, p['recorded'] as long)
        fork.tests << name
    }
    def perModule = root.contains('{module}')
    assert buildDirs.size() == (perModule ? modules.size() : 1) : "${run}: one directory per build (and module), got ${buildDirs}"
    def list = forks.values() as List
    for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
            def x = list[i], y = list[j]
            def overlap = x.from <= y.to && y.from <= x.to
            assert !(overlap && x.tmpdir == y.tmpdir) : "${run}: ${x.tests} and ${y.tests} ran at once in ${x.tmpdir}"
        }
    }
    def concurrent = list.any { x -> list.any { y -> !x.is(y) && x.from <= y.to && y.from <= x.to } }
    println "${run}: ${list.size()} forks, directories ${list*.tmpdir.sort()}, some ran at once: ${concurrent}"
    (perModule ? modules.collect { root.replace('{module}', it) } : [root]).each { r ->
        // the per-user root keeps only the marker that says the extension made it; on Windows the same-volume
        // root is shared by every build of the account: this build's directory is gone
        def remaining = ((new File(r).list() as List) - ['.devdrive-marker'])
                .findAll { !TempPlaces.WINDOWS || it in buildDirs }
        assert remaining.isEmpty() : "${run}: nothing may be left in ${r}, found ${remaining}"
        if (Files.getFileStore(new File(r).toPath()).supportsFileAttributeView('posix')) {
            assert PosixFilePermissions.toString(Files.getPosixFilePermissions(new File(r).toPath())) == 'rwx------'
        }
    }
}

// The tests delete every file they create (@TempDir cleans itself): nothing was left behind, whatever Surefire
// itself wrote into the Maven JVM's temp directory.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def removed = log.readLines().findAll { it.startsWith('[INFO] [devdrive] Removed ') }
assert !removed.isEmpty()
removed.each { assert it.endsWith(': 0 files (0 bytes) were left behind') : it }

def ReportAgreement = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ReportAgreement.groovy'))
ReportAgreement.check(new File(basedir, 'build.log'), new File(basedir, 'target/report.json'))
true
