import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

def ReportAgreement = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ReportAgreement.groovy'))
def log = ReportAgreement.buildPart(new File(basedir, 'build.log'))
assert log.contains('BUILD SUCCESS')

def root = new File(basedir, 'target/devdrive-tmp').canonicalPath
def info = log.readLines().findAll { it.contains('[devdrive] ') && it.startsWith('[INFO]') }
def decisions = info.findAll { it.contains('[devdrive] Redirecting') || it.contains('[devdrive] Temp left') }
assert decisions == ["[INFO] [devdrive] Redirecting temp of forked JVMs (surefire, failsafe, forked javac) to a per-build directory in ${root}: devdrive.mode=same-volume: build directory on ${decisions[0].split(' on ')[-1]}".toString()]

def sep = File.separator
def buildDirs = [] as Set
def observedDir = new File(basedir, 'observed')
def expected = ['processor', 'lib', 'app'].collectMany { m -> ["${m}-FirstTempTest", "${m}-SecondTempTest"] } + ['app-TempRecorderIT']
assert observedDir.list().sort() == expected.collect { it + '.properties' }.sort()
expected.each { name ->
    def p = new Properties()
    new File(observedDir, name + '.properties').withInputStream { p.load(it) }
    def module = name.split('-')[0]
    def tmpdir = p['java.io.tmpdir']
    def m = tmpdir =~ /^(.*)\Q${sep}\E(b-[a-z0-9]{8})\Q${sep}${module}${sep}\E(fork-\d+)$/
    assert m.matches() : "${name}: java.io.tmpdir ${tmpdir} is not a fork directory of the build"
    assert m.group(1) == root
    // Surefire may number a fork beyond forkCount (lib: reuseForks=false); its directory must exist all the same
    assert m.group(3) == p['fork'] : "${name}: ${p['fork']} got ${tmpdir}"
    buildDirs << m.group(2)
    assert p['tmpdir.existed'] == 'true' : "${name}: ${tmpdir} did not exist when the test started"
    def moduleDir = "${root}${sep}${m.group(2)}${sep}${module}".toString()
    ['TMP', 'TEMP', 'TMPDIR'].each { assert p["env.${it}"] == moduleDir : "${name}: ${it}=${p["env.${it}"]}" }
    assert p['tempDir'].startsWith(tmpdir + sep) : "${name}: @TempDir ${p['tempDir']}"
    assert p['tempFile'].startsWith(tmpdir + sep) : "${name}: temp file ${p['tempFile']}"
    if (p['tmpdir.permissions'] != null) {
        assert p['tmpdir.permissions'] == 'rwx------'
    }
}
assert buildDirs.size() == 1 : "one directory per build, got ${buildDirs}"

def javacTmpdir = new File(basedir, 'app/target/classes/javac-tmpdir.txt').text
assert javacTmpdir == "${root}${sep}${buildDirs[0]}${sep}app${sep}javac".toString()

def removed = info.findAll { it.contains('[devdrive] Removed') }
assert removed.size() == 1
def left = removed[0] =~ /Removed \Q${root}${sep}${buildDirs[0]}\E: (\d+) files \((\d+) bytes\) were left behind/
assert left.find() : removed[0]
assert (left.group(1) as int) >= expected.size() : 'each test left one file behind'

def remaining = new File(root).list() as List
assert remaining.isEmpty() : "nothing may be left in the root, found ${remaining}"
if (Files.getFileStore(new File(root).toPath()).supportsFileAttributeView('posix')) {
    assert PosixFilePermissions.toString(Files.getPosixFilePermissions(new File(root).toPath())) == 'rwx------'
}

ReportAgreement.check(new File(basedir, 'build.log'), new File(basedir, 'target/report.json'))
true
