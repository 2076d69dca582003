import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

// Each fork recorded its java.io.tmpdir, its pid and when it started and recorded. Both builds (same-volume,
// devdrive.tmpRoot) must have given every fork a directory that existed when its tests began, inside that build's
// directory, and never one that another fork running at the same time also had.
def sep = File.separator
def modules = ['a', 'b', 'c', 'd']
def expected = modules.collectMany { m -> ["${m}-FirstTempTest", "${m}-SecondTempTest"] } + ['d-TempRecorderIT']
def roots = [
        'same-volume': new File(basedir, 'target/devdrive-tmp').canonicalPath,
        'tmp-root'   : new File(basedir, 'tmp-root').canonicalPath + sep + System.getProperty('user.name').replaceAll(/[^A-Za-z0-9._-]/, '_')]

roots.each { run, root ->
    def observedDir = new File(basedir, "observed/${run}")
    assert observedDir.list().sort() == expected.collect { it + '.properties' }.sort()
    def forks = [:]
    def buildDirs = [] as Set
    expected.each { name ->
        def p = new Properties()
        new File(observedDir, name + '.properties').withInputStream { p.load(it) }
        def module = name.split('-')[0]
        def tmpdir = p['java.io.tmpdir']
        def m = tmpdir =~ /^(.*)\Q${sep}\E(b-[a-z0-9]{8})\Q${sep}${module}${sep}\E(fork-\d+)$/
        assert m.matches() : "${run} ${name}: java.io.tmpdir ${tmpdir} is not a fork directory of the build"
        assert m.group(1) == root : "${run} ${name}: ${tmpdir} is not under ${root}"
        assert m.group(3) == p['fork'] : "${run} ${name}: ${p['fork']} got ${tmpdir}"
        assert p['tmpdir.existed'] == 'true' : "${run} ${name}: ${tmpdir} did not exist when the test started"
        ['tempDir', 'tempFile', 'legacyTempFile'].each {
            assert p[it].startsWith(tmpdir + sep) : "${run} ${name}: ${it} ${p[it]} is not in ${tmpdir}"
        }
        buildDirs << m.group(2)
        def fork = forks.computeIfAbsent(p['pid']) { [tmpdir: tmpdir, from: p['forkStarted'] as long, to: 0L, tests: []] }
        assert fork.tmpdir == tmpdir
        fork.to = Math.max(fork.to, p['recorded'] as long)
        fork.tests << name
    }
    assert buildDirs.size() == 1 : "${run}: one directory per build, got ${buildDirs}"
    def list = forks.values() as List
    for (int i = 0; i < list.size(); i++) {
        for (int j = i + 1; j < list.size(); j++) {
            def x = list[i], y = list[j]
            def overlap = x.from <= y.to && y.from <= x.to
            assert !(overlap && x.tmpdir == y.tmpdir) : "${run}: ${x.tests} and ${y.tests} ran at once in ${x.tmpdir}"
        }
    }
    def concurrent = list.any { x -> list.any { y -> !x.is(y) && x.from <= y.to && y.from <= x.to } }
    println "${run}: ${list.size()} forks, directories ${list*.tmpdir.collect { it.substring(root.length()) }.sort()}, some ran at once: ${concurrent}"
    def remaining = new File(root).list() as List
    assert remaining.isEmpty() : "${run}: nothing may be left in ${root}, found ${remaining}"
    if (Files.getFileStore(new File(root).toPath()).supportsFileAttributeView('posix')) {
        assert PosixFilePermissions.toString(Files.getPosixFilePermissions(new File(root).toPath())) == 'rwx------'
    }
}

// The tests delete every file they create (@TempDir cleans itself): nothing was left behind, whatever Surefire
// itself wrote into the Maven JVM's temp directory.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def removed = log.readLines().findAll { it.startsWith('[INFO] [devdrive] Removed ') }
assert !removed.isEmpty()
removed.each { assert it.endsWith(': 0 files (0 bytes) were left behind') : it }
true
