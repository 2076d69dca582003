import java.nio.file.Files
import java.nio.file.attribute.FileTime
import java.nio.file.attribute.PosixFilePermissions
import java.time.Instant
import java.time.temporal.ChronoUnit

// Case 2: build A is killed with kill -9 while its test runs. While A lives, build B (on the same root) leaves
// A's directory alone even though it looks old; once A is dead, build C reclaims A's directory and nothing else:
// not a kept build, not a directory too young to judge, not the user's own files, not what a link points to.
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

// What a later build must not reclaim.
def victim = new File(basedir, 'victim')
new File(victim, 'sub').mkdirs()
new File(victim, 'precious.txt').text = 'outside the root'
new File(victim, 'sub/deep.txt').text = 'outside the root, deeper'
def kept = new File(userRoot, 'b-kept0000')
kept.mkdirs()
new File(kept, '.kept').text = ''
new File(kept, 'debug.log').text = 'kept with devdrive.keep=true'
new File(kept, '.lock').text = ''
[new File(kept, '.lock'), new File(kept, '.kept'), kept].each(backdate)
def young = new File(userRoot, 'b-young000')
young.mkdirs()
new File(young, '.lock').text = ''
new File(young, 'file.txt').text = 'a build that is being created right now'
def notes = new File(userRoot, 'notes')
notes.mkdirs()
new File(notes, 'todo.txt').text = 'the user\'s own directory in the root'
backdate(notes)
def notADirectory = new File(userRoot, 'b-notes.txt')
notADirectory.text = 'a file whose name looks like a build directory'
backdate(notADirectory)
def link = new File(userRoot, 'b-link0000')
Files.createSymbolicLink(link.toPath(), victim.toPath())
NestedMaven.run(['touch', '-h', '-d', '1 hour ago', link.path])
def victimBefore = NestedMaven.snapshot(victim)
def plantedBefore = NestedMaven.snapshot(userRoot)

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
assert directoryA.parentFile == userRoot.canonicalFile
assert filesA.every { it.exists() }
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
assert NestedMaven.snapshot(userRoot) == plantedBefore : 'build C removed or changed more than the dead build'
assert NestedMaven.snapshot(victim) == victimBefore
if (posix) {
    assert NestedMaven.mode(userRoot) == 'rwx------'
    assert reportA['tmpdir.mode'] == 'rwx------'
}
[b, c].each { assert NestedMaven.log(it).contains('[INFO] [devdrive] Removed ') }
return true
