import java.nio.file.Files
import java.nio.file.attribute.FileTime
import java.time.Instant
import java.time.temporal.ChronoUnit

// Case 11: a build stopped with Ctrl-C (SIGINT) or SIGTERM in the middle of its tests removes its own directory
// on the way out. What it cannot remove (here a directory made immutable, as a stand-in for anything the
// interrupted build cannot delete) stays, unlocked, and the next build on the root reclaims it.
def NestedMaven = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'rel/NestedMaven.groovy'))
def maven = NestedMaven.newInstance(binding)

def root = new File(basedir, 'shared-root')
def userRoot = new File(root, NestedMaven.userDirectoryName())
def tmpRoot = "-Ddevdrive.tmpRoot=${root.path}".toString()
root.mkdirs()

// Whether a process ignores a signal: a JVM started with SIGINT ignored (a background job of a non-interactive
// shell, nohup) keeps ignoring it, so Ctrl-C cannot be tested through it.
def signalNumbers = [INT: 2, TERM: 15]
def ignores = { long pid, String signal ->
    def status = new File("/proc/${pid}/status")
    def mask = status.exists() ? status.readLines().find { it.startsWith('SigIgn:') } : null
    mask != null && new BigInteger(mask.split(/\s+/)[1], 16).testBit(signalNumbers[signal] - 1)
}

// Starts a build whose test holds, waits until the test runs, sends the signal to the Maven JVM (mvn execs java).
// Returns null, saying why, when the Maven JVM inherited that signal as ignored; it is then stopped with SIGTERM.
def interrupt = { String name, String signal, Closure beforeSignal ->
    def dir = maven.sample(name)
    def seen = new File(dir, 'seen.properties')
    def process = maven.start(dir, ['test', tmpRoot, "-Drel.id=${name}".toString(), '-Drel.hold=true', "-Drel.report=${seen}".toString()])
    def deadline = System.currentTimeMillis() + 4 * 60 * 1000
    while (!seen.exists() && process.alive && System.currentTimeMillis() < deadline) {
        sleep(200)
    }
    assert seen.exists() : "${name} never reached its test:\n${NestedMaven.log(dir)}"
    def report = NestedMaven.report(seen)
    def buildDir = new File(report['java.io.tmpdir']).parentFile.parentFile
    assert buildDir.parentFile == userRoot.canonicalFile
    assert report.files.split(',').every { new File(it).exists() }
    beforeSignal(new File(report['java.io.tmpdir']))
    def forks = process.toHandle().descendants().toList()
    if (ignores(process.pid(), signal)) {
        println "rel-interrupt: SKIPPED the SIG${signal} case: the Maven JVM inherited SIG${signal} as ignored " +
                '(this build runs as a background job of a non-interactive shell, or under nohup); ' +
                'stopping it with SIGTERM'
        assert !ignores(process.pid(), 'TERM')
        assert NestedMaven.run(['kill', '-TERM', process.pid().toString()])[0] == 0
        assert process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES) : "${name} did not stop on SIGTERM"
        forks.each { it.destroyForcibly() }
        forks.each { it.onExit().get() }
        return null
    }
    assert NestedMaven.run(['kill', "-${signal}".toString(), process.pid().toString()])[0] == 0
    assert process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES) : "${name} did not stop on SIG${signal}"
    forks.each { it.destroyForcibly() }
    forks.each { it.onExit().get() }
    def log = NestedMaven.log(dir)
    assert log.contains("[WARNING] [devdrive] Build interrupted: removing ${buildDir}") : log
    [buildDir, log]
}

// 1. Ctrl-C: the build's directory is gone, lock and all.
def ctrlC = interrupt('build-int', 'INT') { File fork -> }
if (ctrlC != null) {
    def (dirA, logA) = ctrlC
    assert !dirA.exists() : "SIGINT left ${dirA}: ${NestedMaven.snapshot(dirA)}"
    assert logA.contains("[INFO] [devdrive] Removed ${dirA}: ") : logA
}

// 2. SIGTERM, with a directory the build cannot delete: everything else goes, the rest waits for the next build.
def stuck = null
def (dirB, logB) = interrupt('build-term', 'TERM') { File fork ->
    def candidate = new File(fork, 'stuck')
    candidate.mkdirs()
    new File(candidate, 'cannot-go.txt').text = 'held by an immutable directory'
    def (code, output) = NestedMaven.run(['chattr', '+i', candidate.path])
    if (code == 0) {
        stuck = candidate
    } else {
        println "rel-interrupt: SKIPPED the undeletable part: chattr +i failed (${code}): ${output}"
    }
}
if (stuck == null) {
    assert !dirB.exists()
} else {
    try {
        assert logB =~ /\[WARNING\] \[devdrive\] \d+ entries in \Q${dirB}\E could not be deleted/ : logB
        def left = NestedMaven.snapshot(dirB).keySet().collect { it.replace(File.separator, '/') }
        assert left.contains('.lock') : "the lock file tells the next build how old the directory is: ${left}"
        assert left.every { it in ['', '.lock'] || it.startsWith('rel-sample') } : left
        assert !left.any { it.contains('build-term-') } : "the test's own files could go: ${left}"
    } finally {
        NestedMaven.run(['chattr', '-i', stuck.path])
    }
    // A dead build's directory is reclaimed once older than the creation grace: make it look an hour old.
    def hourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS))
    [new File(dirB, '.lock'), dirB].each { Files.setLastModifiedTime(it.toPath(), hourAgo) }
    def c = maven.sample('build-after')
    assert maven.run(c, ['test', tmpRoot, '-Drel.id=after']) == 0 : NestedMaven.log(c)
    assert !dirB.exists() : "the next build did not reclaim ${dirB}"
}
assert userRoot.list().findAll { it.startsWith('b-') }.isEmpty() : userRoot.list()
return true
