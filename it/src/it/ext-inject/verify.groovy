import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

def TempPlaces = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'TempPlaces.groovy'))
def ReportAgreement = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ReportAgreement.groovy'))
def log = ReportAgreement.buildPart(new File(basedir, 'build.log'))
assert log.contains('BUILD SUCCESS')

// same-volume: on Windows the volume root's .devdrive-tmp\<user>, elsewhere each module's own build directory
def perModule = !TempPlaces.WINDOWS
def root = perModule ? new File(basedir, '{module}/target/devdrive-tmp').canonicalPath
        : TempPlaces.sameVolumeRoot(new File(basedir, 'target'))
def where = perModule ? "each module's build directory (devdrive-tmp)" : root
def info = log.readLines().findAll { it.contains('[devdrive] ') && it.startsWith('[INFO]') }
def decisions = info.findAll { it.contains('[devdrive] Redirecting') || it.contains('[devdrive] Temp left') }
assert decisions == ["[INFO] [devdrive] Redirecting temp of forked JVMs (surefire, failsafe, forked javac) to a per-build directory in ${where}: devdrive.mode=same-volume: build directory on ${decisions[0].split(' on ')[-1]}".toString()]

def sep = File.separator
def modules = ['processor', 'lib', 'app']
def buildDirs = [:].withDefault { [] as Set }
def observedDir = new File(basedir, 'observed')
def expected = modules.collectMany { m -> ["${m}-FirstTempTest", "${m}-SecondTempTest"] } + ['app-TempRecorderIT']
assert observedDir.list().sort() == expected.collect { it + '.properties' }.sort()
def ForkRecords = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ForkRecords.groovy'))
expected.each { name ->
    def p = ForkRecords.read(observedDir, name, root)
    def module = p['module']
    def tmpdir = p['java.io.tmpdir']
    buildDirs[module] << p['buildDir']
    def moduleDir = "${root.replace('{module}', module)}${sep}${p['buildDir']}${sep}${module}".toString()
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
assert buildDirs.values().every { it.size() == 1 } : "one directory per build and module, got ${buildDirs}"
assert perModule || buildDirs.values().sum().size() == 1 : "one directory per build, got ${buildDirs}"
def buildDir = { String module -> buildDirs[module].first() }

def javacTmpdir = new File(basedir, 'app/target/classes/javac-tmpdir.txt').text
assert javacTmpdir == "${root.replace('{module}', 'app')}${sep}${buildDir('app')}${sep}app${sep}javac".toString()

def removed = info.findAll { it.contains('[devdrive] Removed') }
assert removed.size() == 1
// with a root in each module's build directory the line names each module's b-<random>
def removedWhere = perModule ? /b-[a-z0-9]{8}(?:, b-[a-z0-9]{8}){${modules.size() - 1}} in ${modules.size()} modules' build directories/
        : /\Q${root}${sep}${buildDir('app')}\E/
def left = removed[0] =~ /Removed ${removedWhere}: (\d+) files \((\d+) bytes\) were left behind/
assert left.find() : removed[0]
assert (left.group(1) as int) >= expected.size() : 'each test left one file behind'

(perModule ? modules.collect { root.replace('{module}', it) } : [root]).each { r ->
    // the root keeps only the marker that says the extension made it; on Windows the root at the volume root is
    // shared by every build of the account: this build's directory is gone
    def remaining = ((new File(r).list() as List) - ['.devdrive-marker'])
            .findAll { !TempPlaces.WINDOWS || it == buildDir('app') }
    assert remaining.isEmpty() : "nothing may be left in ${r}, found ${remaining}"
    if (Files.getFileStore(new File(r).toPath()).supportsFileAttributeView('posix')) {
        assert PosixFilePermissions.toString(Files.getPosixFilePermissions(new File(r).toPath())) == 'rwx------'
    }
}

ReportAgreement.check(new File(basedir, 'build.log'), new File(basedir, 'target/report.json'))
true
