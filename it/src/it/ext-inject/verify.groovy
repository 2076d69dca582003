import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

def TempPlaces = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'TempPlaces.groovy'))
def ReportAgreement = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ReportAgreement.groovy'))
def log = ReportAgreement.buildPart(new File(basedir, 'build.log'))
assert log.contains('BUILD SUCCESS')

def root = TempPlaces.sameVolumeRoot(new File(basedir, 'target'))
def info = log.readLines().findAll { it.contains('[devdrive] ') && it.startsWith('[INFO]') }
def decisions = info.findAll { it.contains('[devdrive] Redirecting') || it.contains('[devdrive] Temp left') }
assert decisions == ["[INFO] [devdrive] Redirecting temp of forked JVMs (surefire, failsafe, forked javac) to a per-build directory in ${root}: devdrive.mode=same-volume: build directory on ${decisions[0].split(' on ')[-1]}".toString()]

def sep = File.separator
def buildDirs = [] as Set
def observedDir = new File(basedir, 'observed')
def expected = ['processor', 'lib', 'app'].collectMany { m -> ["${m}-FirstTempTest", "${m}-SecondTempTest"] } + ['app-TempRecorderIT']
assert observedDir.list().sort() == expected.collect { it + '.properties' }.sort()
def ForkRecords = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ForkRecords.groovy'))
expected.each { name ->
    def p = ForkRecords.read(observedDir, name, root)
    def module = p['module']
    def tmpdir = p['java.io.tmpdir']
    buildDirs << p['buildDir']
    def moduleDir = "${root}${sep}${p['buildDir']}${sep}${module}".toString()
    if (TempPlaces.TEMP_VARIABLES) {
        ['TMP', 'TEMP', 'TMPDIR'].each { assert p["env.${it}"] == moduleDir : "${name}: ${it}=${p["env.${it}"]}" }
    } else {
        ['TMP', 'TEMP'].each { assert !p["env.${it}"]?.startsWith(root) : "${name}: ${it}=${p["env.${it}"]}" }
    }
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

// the per-user root keeps only the marker that says the extension made it; on Windows the root at the volume root is
// shared by every build of the account: this build's directory is gone
def remaining = ((new File(root).list() as List) - ['.devdrive-marker']).findAll { !TempPlaces.WINDOWS || it == buildDirs[0] }
assert remaining.isEmpty() : "nothing may be left in the root, found ${remaining}"
if (Files.getFileStore(new File(root).toPath()).supportsFileAttributeView('posix')) {
    assert PosixFilePermissions.toString(Files.getPosixFilePermissions(new File(root).toPath())) == 'rwx------'
}

ReportAgreement.check(new File(basedir, 'build.log'), new File(basedir, 'target/report.json'))
true
