// Case 6: the root is on a read-only volume. An existing per-user directory there, and one that would have to
// be created, are both refused with a warning; the build passes with temp left as it was; nothing changes.
def NestedMaven = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'rel/NestedMaven.groovy'))
def maven = NestedMaven.newInstance(binding)
def user = NestedMaven.userDirectoryName()

def why = NestedMaven.whyNoMounts(new File(basedir, 'mount-probe'))
if (why != null) {
    println "rel-readonly-root: SKIPPED: ${why}"
    return true
}
def ro = new File(basedir, 'ro')
ro.mkdirs()
assert NestedMaven.run(['mount', '-t', 'tmpfs', '-o', 'size=32m', 'tmpfs', ro.path])[0] == 0
def refused = { File build, File dir ->
    def log = NestedMaven.log(build)
    def warnings = log.readLines().findAll { it.startsWith('[WARNING] [devdrive] ') }
    assert warnings.size() == 1 && warnings[0].startsWith("[WARNING] [devdrive] Temp root ${dir.path} refused: ") : log
    assert log.contains('[INFO] [devdrive] Temp left as it is')
    assert warnings[0].contains('Read-only file system') : warnings[0]
}
try {
    def existing = new File(ro, user)
    existing.mkdirs()
    java.nio.file.Files.setPosixFilePermissions(existing.toPath(), java.nio.file.attribute.PosixFilePermissions.fromString('rwx------'))
    new File(existing, 'mine.txt').text = 'written before the volume became read-only'
    new File(ro, 'empty').mkdirs()
    assert NestedMaven.run(['mount', '-o', 'remount,ro', ro.path])[0] == 0
    def before = NestedMaven.snapshot(ro)

    // 1. The per-user directory exists but cannot be written: the test runs with the usual temp dir.
    def build = maven.sample('build')
    def seen = new File(build, 'seen.properties')
    assert maven.run(build, ['test', "-Ddevdrive.tmpRoot=${ro}", '-Drel.id=ro', '-Drel.tidy=true', "-Drel.report=${seen}"]
            .collect { it.toString() }) == 0 : NestedMaven.log(build)
    refused(build, existing)
    assert NestedMaven.report(seen)['java.io.tmpdir'] == System.getProperty('java.io.tmpdir')

    // 2. The per-user directory would have to be created.
    def validate = maven.sample('build-create')
    assert maven.run(validate, ['validate', "-Ddevdrive.tmpRoot=${new File(ro, 'empty')}".toString()]) == 0 : NestedMaven.log(validate)
    refused(validate, new File(ro, "empty/${user}"))

    assert NestedMaven.snapshot(ro) == before
} finally {
    assert NestedMaven.run(['umount', ro.path])[0] == 0
}
return true
