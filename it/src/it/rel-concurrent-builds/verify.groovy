// Case 1: eight builds (separate mvn processes) share one devdrive.tmpRoot. Their tests run at the same time
// (each waits for all eight), write their own temp files and check that nothing else is in their temp dirs and
// nothing of theirs changed. All pass, each had its own directory, and nothing is left afterwards.
def NestedMaven = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'rel/NestedMaven.groovy'))
def maven = NestedMaven.newInstance(binding)

def root = new File(basedir, 'shared-root')
root.mkdirs()
def userRoot = new File(root, NestedMaven.userDirectoryName())
def usersFile = new File(root, 'readme.txt')
usersFile.text = 'the user\'s own file next to the per-user directory'
def tmpRoot = "-Ddevdrive.tmpRoot=${root.path}".toString()

// One build alone first: it fills the ITs' local repository, so the eight do not download into it at once.
def warmUp = maven.sample('warm-up')
assert maven.run(warmUp, ['test', tmpRoot, '-Drel.id=warm']) == 0 : NestedMaven.log(warmUp)

def count = 8
def barrier = new File(basedir, 'barrier')
def builds = (1..count).collect { maven.sample("build-${it}") }
def started = System.nanoTime()
def processes = builds.withIndex().collect { dir, i ->
    maven.start(dir, ['test', tmpRoot, "-Drel.id=b${i + 1}", "-Drel.report=${dir}/seen.properties",
                      "-Drel.barrier.dir=${barrier}", "-Drel.barrier.count=${count}"].collect { it.toString() })
}
def codes = [builds, processes].transpose().collect { dir, process -> maven.waitFor(process, dir) }
println "rel-concurrent-builds: ${count} builds in ${(System.nanoTime() - started).intdiv(1_000_000_000)} s"

def buildDirectories = [] as Set
builds.eachWithIndex { dir, i ->
    def log = NestedMaven.log(dir)
    assert codes[i] == 0 : "build ${i + 1} failed:\n${log}"
    def seen = NestedMaven.report(new File(dir, 'seen.properties'))
    assert seen.state == 'finished'
    assert seen.overlapped == (1..count).collect { "b${it}" }.sort().join(',') : 'all builds ran at the same time'
    def tmpdir = new File(seen['java.io.tmpdir'])
    assert tmpdir.parentFile.name == 'rel-sample' && tmpdir.name == 'fork-1'
    def buildDirectory = tmpdir.parentFile.parentFile
    assert buildDirectory.parentFile == userRoot.canonicalFile : "${tmpdir} is not in ${userRoot}"
    assert buildDirectory.name ==~ /b-[a-z0-9]{8}/
    // on Windows forks keep their TMP, TEMP and TMPDIR (jps finds a JVM by them)
    assert System.getProperty('os.name').startsWith('Windows') || seen['env.TMPDIR'] == tmpdir.parent
    buildDirectories << buildDirectory.name
    if (NestedMaven.mode(userRoot) != null) {
        assert seen['tmpdir.mode'] == 'rwx------'
        assert seen['tmpdir.parent.mode'] == 'rwx------'
    }
    def redirect = log.readLines().findAll { it.startsWith('[INFO] [devdrive] Redirecting') }
    assert redirect.size() == 1 && redirect[0].contains(userRoot.canonicalPath) : redirect
    def removed = log =~ /\[INFO\] \[devdrive\] Removed (\S+): (\d+) files/
    assert removed.find() : "build ${i + 1} did not report its cleanup"
    assert removed.group(1) == buildDirectory.path
    assert (removed.group(2) as int) >= 5 : 'the test left five files behind'
    assert !log.contains('[WARNING] [devdrive]')
}
assert buildDirectories.size() == count : "each build has a directory of its own: ${buildDirectories}"
assert userRoot.list() as List == ['.devdrive-marker'] : "left behind in ${userRoot}: ${userRoot.list()}"
if (NestedMaven.mode(userRoot) != null) {
    assert NestedMaven.mode(userRoot) == 'rwx------'
}
assert usersFile.text == 'the user\'s own file next to the per-user directory'
assert root.list().sort() == [userRoot.name, 'readme.txt'].sort()
return true
