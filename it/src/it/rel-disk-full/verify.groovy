// Case 5: the root is on a 24 MiB tmpfs that the test fills. The test fails exactly as it does without the
// extension (same exception, same report), the build says so, and the build's directory is still removed.
def NestedMaven = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'rel/NestedMaven.groovy'))
def maven = NestedMaven.newInstance(binding)
def user = NestedMaven.userDirectoryName()

def why = NestedMaven.whyNoMounts(new File(basedir, 'mount-probe'))
if (why != null) {
    println "rel-disk-full: SKIPPED: ${why}"
    return true
}
def full = new File(basedir, 'full')
full.mkdirs()
assert NestedMaven.run(['mount', '-t', 'tmpfs', '-o', 'size=24m', 'tmpfs', full.path])[0] == 0
def testError = { File build ->
    def report = new File(build, 'target/surefire-reports/rel.TempTest.txt').text
    assert report.contains('Tests run: 1, Failures: 0, Errors: 1') : report
    report.readLines().find { it.contains('Exception') }
}
try {
    def usersFile = new File(full, 'users-file.txt')
    usersFile.text = 'on the volume before the build'

    // With the extension.
    def build = maven.sample('build')
    assert maven.run(build, ['test', "-Ddevdrive.tmpRoot=${full}", '-Drel.id=full', '-Drel.fill=true']
            .collect { it.toString() }) != 0 : 'the test filled the disk, so the build must fail'
    def log = NestedMaven.log(build)
    assert log.contains('No space left on device')
    assert log.contains('[ERROR] Tests run: 1, Failures: 0, Errors: 1')
    def removed = log =~ /\[INFO\] \[devdrive\] Removed (\S+): (\d+) files \((\d+) bytes\)/
    assert removed.find() : log
    assert (removed.group(3) as long) > 16L * 1024 * 1024 : 'the filler was counted'
    assert !log.contains('[WARNING] [devdrive]')
    def userRoot = new File(full, user)
    assert userRoot.list() as List == ['.devdrive-marker'] : 'the build directory was removed on a full volume'
    assert NestedMaven.mode(userRoot) == 'rwx------'
    assert usersFile.text == 'on the volume before the build'
    def withExtension = testError(build)

    // Without it: the test's temp dir on the same volume, by hand.
    def plain = new File(full, 'plain')
    plain.mkdirs()
    def baseline = maven.sample('baseline')
    assert maven.run(baseline, ['test', '-Ddevdrive.mode=off', "-Drel.argLine=-Djava.io.tmpdir=${plain}", '-Drel.id=full',
                                '-Drel.fill=true'].collect { it.toString() }) != 0
    assert testError(baseline) == withExtension : 'the test fails the same way with and without the extension'
    plain.deleteDir()
} finally {
    assert NestedMaven.run(['umount', full.path])[0] == 0
}
return true
