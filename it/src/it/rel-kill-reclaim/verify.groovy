import java.nio.file.Files
import java.nio.file.attribute.FileTime
import java.nio.file.attribute.PosixFilePermissions
import java.time.Instant
import java.time.temporal.ChronoUnit

// Case 2: build A is killed with kill -9 while its test runs. While A lives, build B (on the same root) leaves
// A's directory alone even though it looks old; once A is dead, build C reclaims A's directory and nothing else:
// not a kept build, not a directory too young to judge, not the user's own files, not what a link points to.
// The per-user directory exists before the first build, made by the user (0700, the usual layout on a shared
// volume), and holds the user's own b-thesis/chapters/... and b-roll/, an hour old (issue 21): no build may touch
// them; the builds work in a marked directory of the extension's own inside it, .devdrive.
def NestedMaven = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'rel/NestedMaven.groovy'))
def maven = NestedMaven.newInstance(binding)

def root = new File(basedir, 'shared-root')
def userRoot = new File(root, NestedMaven.userDirectoryName())
def posix = Files.getFileStore(basedir.toPath()).supportsFileAttributeView('posix')
userRoot.mkdirs()
if (posix) {
    Files.setPosixFilePermissions(userRoot.toPath(), PosixFilePermissions.fromString('rwx------'))
}
def tmpRoot = "-Ddevdrive.tmpRoot=${root.path}".toString()
def hourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS))
def backdate = { File f -> Files.setLastModifiedTime(f.toPath(), hourAgo) }

// The user's own directories, named like build directories, old enough to look dead.
def thesis = new File(userRoot, 'b-thesis')
new File(thesis, 'chapters').mkdirs()
new File(thesis, 'chapters/01-introduction.tex').text = '\\chapter{Introduction}'
def roll = new File(userRoot, 'b-roll')
roll.mkdirs()
[new File(thesis, 'chapters/01-introduction.tex'), new File(thesis, 'chapters'), thesis, roll].each(backdate)
def usersOwn = NestedMaven.snapshot(userRoot)

// Build A: its test writes its files, reports where, then waits to be killed.
def a = maven.sample('build-a')
def seenA = new File(a, 'seen.properties')
def processA = maven.start(a, ['test', tmpRoot, '-Drel.id=a', '-Drel.hold=true', "-Drel.report=${seenA}".toString()])
def deadline = System.currentTimeMillis() + 4 * 60 * 1000
while (!seenA.exists() && processA.alive && System.currentTimeMillis() < deadline) {
    sleep(200)
}
assert seenA.exists() : "build A never reached its test:\n${NestedMaven.log(a)}"
def reportA = NestedMaven.report(seenA)
def filesA = reportA.files.split(',').collect { new File(it) }
def directoryA = new File(reportA['java.io.tmpdir']).parentFile.parentFile
assert new File(thesis, 'chapters/01-introduction.tex').exists() && roll.exists() :
        "build A deleted the user's own b-thesis and b-roll: ${NestedMaven.log(a)}"
def buildRoot = new File(userRoot, '.devdrive').canonicalFile
assert directoryA.parentFile == buildRoot
assert filesA.every { it.exists() }

// What a later build must not reclaim, in the extension's own directory; the build directories carry its marker.
def marker = { File dir -> new File(dir, '.devdrive-marker').text = 'devdrive-maven build directory\n' }
def victim = new File(basedir, 'victim')
new File(victim, 'sub').mkdirs()
new File(victim, 'precious.txt').text = 'outside the root'
new File(victim, 'sub/deep.txt').text = 'outside the root, deeper'
def kept = new File(buildRoot, 'b-kept0000')
kept.mkdirs()
new File(kept, '.kept').text = ''
new File(kept, 'debug.log').text = 'kept with devdrive.keep=true'
new File(kept, '.lock').text = ''
marker(kept)
[new File(kept, '.lock'), new File(kept, '.kept'), kept].each(backdate)
def young = new File(buildRoot, 'b-young000')
young.mkdirs()
new File(young, '.lock').text = ''
marker(young)
def unmarked = new File(buildRoot, 'b-unmarked')
unmarked.mkdirs()
new File(unmarked, '.lock').text = ''
new File(unmarked, 'old.txt').text = 'old, unlocked, but without the marker: not made by the extension'
[new File(unmarked, '.lock'), new File(unmarked, 'old.txt'), unmarked].each(backdate)
new File(young, 'file.txt').text = 'a build that is being created right now'
def notes = new File(buildRoot, 'notes')
notes.mkdirs()
new File(notes, 'todo.txt').text = 'the user\'s own directory in the root'
backdate(notes)
def notADirectory = new File(buildRoot, 'b-notes.txt')
notADirectory.text = 'a file whose name looks like a build directory'
backdate(notADirectory)
def link = new File(buildRoot, 'b-link0000')
Files.createSymbolicLink(link.toPath(), victim.toPath())
NestedMaven.run(['touch', '-h', '-d', '1 hour ago', link.path])
def victimBefore = NestedMaven.snapshot(victim)
def plantedBefore = NestedMaven.snapshot(buildRoot).findAll { !it.key.startsWith(directoryA.name) }

// Make A's directory look as old as a dead build's: only its lock can tell that A is alive.
backdate(new File(directoryA, '.lock'))
backdate(directoryA)

// Build B while A lives.
def b = maven.sample('build-b')
assert maven.run(b, ['test', tmpRoot, '-Drel.id=b']) == 0 : NestedMaven.log(b)
assert processA.alive : "build A ended by itself:\n${NestedMaven.log(a)}"
assert filesA.every { it.exists() } : 'build B deleted files of the live build A'

// kill -9 the Maven JVM of A (mvn execs java), then its test JVM, which would otherwise linger a while.
def forks = processA.toHandle().descendants().toList()
assert NestedMaven.run(['kill', '-9', processA.pid().toString()])[0] == 0
processA.waitFor()
assert processA.exitValue() == 137
forks.each { it.destroyForcibly() }
forks.each { it.onExit().get() }
assert directoryA.exists() && filesA.every { it.exists() } : 'nothing removes a dead build\'s files but a later build'

// Build C reclaims A's directory, and only it.
def c = maven.sample('build-c')
assert maven.run(c, ['test', tmpRoot, '-Drel.id=c']) == 0 : NestedMaven.log(c)
assert !directoryA.exists() : "build C did not reclaim the dead build's ${directoryA}"
assert NestedMaven.snapshot(buildRoot) == plantedBefore : 'build C removed or changed more than the dead build'
assert NestedMaven.snapshot(userRoot).findAll { !it.key.startsWith('.devdrive') } == usersOwn :
        "the user's own directory changed"
assert NestedMaven.snapshot(victim) == victimBefore
if (posix) {
    assert NestedMaven.mode(userRoot) == 'rwx------'
    assert reportA['tmpdir.mode'] == 'rwx------'
}
[b, c].each { assert NestedMaven.log(it).contains('[INFO] [devdrive] Removed ') }
return true
