// Case 11: a build stopped with Ctrl-C (SIGINT) or SIGTERM in the middle of its tests deletes its files on the way
// out, and its last line says what is still on disk. Forks may write on (a test's own shutdown hook), so the emptied
// directory stays, marked; what the build cannot remove (here a directory made immutable) or what a fork writes
// after the clean-up is named in that line, and the next build on the root reclaims it all at once: no waiting for
// the 10-minute creation grace.
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
def interrupt = { String name, String signal, List<String> extra, Closure beforeSignal ->
    def dir = maven.sample(name)
    def seen = new File(dir, 'seen.properties')
    def process = maven.start(dir, ['test', tmpRoot, "-Drel.id=${name}".toString(), '-Drel.hold=true', "-Drel.report=${seen}".toString()] + extra)
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
    // SIGTERM, not SIGKILL: a fork's own shutdown hooks run, as when Surefire stops it
    forks.each { it.destroy() }
    forks.each { it.onExit().get() }
    def log = NestedMaven.log(dir)
    assert !(log.contains("[INFO] [devdrive] Removed ${buildDir}") && buildDir.exists()) :
            "the log says removed, the disk says otherwise: ${NestedMaven.snapshot(buildDir).keySet()}\n${log}"
    assert log.contains("[WARNING] [devdrive] Build interrupted: deleting the files in ${buildDir}") : log
    [buildDir, log]
}
// What stays of an interrupted build: its marker, ended marker and released lock file, and the entries named.
def bookkeeping = ['', '.devdrive-marker', '.ended', '.lock']
def notRemoved = { File dir, String log ->
    def line = log.readLines().find { it.startsWith("[WARNING] [devdrive] Not removed: ${dir} (") }
    assert line != null : log
    line
}

// 1. SIGTERM while the test JVM writes on in its own shutdown hook, after the clean-up (issue 21): hook-dir is
// re-created; it stays in the marked directory, which the next build reclaims at once.
def (dirH, logH) = interrupt('build-hook', 'TERM', ['-Drel.hook=true']) { File fork -> }
def leftH = NestedMaven.snapshot(dirH).keySet().collect { it.replace(File.separator, '/') }
assert leftH.any { it.endsWith('/hook-dir') } : "the fork's hook wrote nothing after the clean-up: ${leftH}\n${logH}"
assert leftH.containsAll(['.devdrive-marker', '.ended']) : leftH
notRemoved(dirH, logH)

// 2. Ctrl-C: the build's files are gone; the emptied directory stays, marked, with nothing else in it.
def ctrlC = interrupt('build-int', 'INT', []) { File fork -> }
if (ctrlC != null) {
    def (dirA, logA) = ctrlC
    assert notRemoved(dirA, logA).contains('; 0 entries remain in it);') : logA
    def left = NestedMaven.snapshot(dirA).keySet()
    assert left.every { it in bookkeeping } : "SIGINT left ${dirA}: ${left}"
}

// 3. SIGTERM, with a directory the build cannot delete: everything else goes, the rest waits for the next build.
def stuck = null
def (dirB, logB) = interrupt('build-term', 'TERM', []) { File fork ->
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
if (stuck != null) {
    try {
        def line = notRemoved(dirB, logB)
        def left = NestedMaven.snapshot(dirB).keySet().collect { it.replace(File.separator, '/') }
        def named = left.findAll { !(it in bookkeeping) }
        assert line.contains("; ${named.size()} entries remain in it: ") : "${line}\non disk: ${named}"
        assert named.take(5).every { line.contains(it) } : "${line}\non disk: ${named}"
        assert left.containsAll(['.lock', '.devdrive-marker', '.ended']) : left
        assert !left.any { it.contains('build-term-') } : "the test's own files could go: ${left}"
    } finally {
        NestedMaven.run(['chattr', '-i', stuck.path])
    }
}

// The next build reclaims every interrupted build's directory at once, young as they are.
def c = maven.sample('build-after')
assert maven.run(c, ['test', tmpRoot, '-Drel.id=after']) == 0 : NestedMaven.log(c)
[ctrlC?.get(0), dirH, dirB].findAll { it != null }.each { File dir ->
    assert !dir.exists() : "the next build did not reclaim ${dir}: ${NestedMaven.snapshot(dir).keySet()}"
}
assert userRoot.list().findAll { it.startsWith('b-') }.isEmpty() : userRoot.list()
return true
