import java.nio.file.Files

// Case 3: a symbolic link planted where the root would be, pointing to a directory with files, is refused with a
// warning; the build passes with temp left as it was and the link's target is untouched. Three places:
// the per-user directory below devdrive.tmpRoot (a build with a test), the default root in the build directory
// (devdrive.mode=same-volume), and devdrive.tmpRoot itself (the per-user directory would be created through it).
def NestedMaven = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'rel/NestedMaven.groovy'))
def maven = NestedMaven.newInstance(binding)
def user = NestedMaven.userDirectoryName()

def victim = new File(basedir, 'victim')
new File(victim, 'sub').mkdirs()
new File(victim, 'precious.txt').text = 'the link points here'
new File(victim, 'sub/deep.txt').text = 'the link points here, deeper'
if (NestedMaven.mode(victim) != null) {
    Files.setPosixFilePermissions(victim.toPath(), java.nio.file.attribute.PosixFilePermissions.fromString('rwx------'))
}
def victimBefore = NestedMaven.snapshot(victim)
def link = { File at -> at.parentFile.mkdirs(); Files.createSymbolicLink(at.toPath(), victim.toPath()); at }
def refusal = { String log, File at ->
    def warnings = log.readLines().findAll { it.startsWith('[WARNING] [devdrive] ') }
    assert warnings.size() == 1 : log
    assert warnings[0].startsWith("[WARNING] [devdrive] Temp root ${at.path} refused: ") : warnings[0]
    def info = log.readLines().findAll { it.startsWith('[INFO] [devdrive] ') }
    assert info.size() == 1 && info[0].startsWith('[INFO] [devdrive] Temp left as it is') : info
    assert !log.contains('[devdrive] Removed')
    warnings[0]
}

// 1. <tmpRoot>/<user> is a link: refused; the test runs with the temp dir it would have had anyway.
def root = new File(basedir, 'root')
def userLink = link(new File(root, user))
def build = maven.sample('build')
def seen = new File(build, 'seen.properties')
assert maven.run(build, ['test', "-Ddevdrive.tmpRoot=${root}", '-Drel.id=planted', '-Drel.tidy=true',
                         "-Drel.report=${seen}"].collect { it.toString() }) == 0 : NestedMaven.log(build)
assert refusal(NestedMaven.log(build), userLink).contains('symbolic link')
def report = NestedMaven.report(seen)
assert report.state == 'finished'
assert report['java.io.tmpdir'] == System.getProperty('java.io.tmpdir')
assert report['env.TMPDIR'] == String.valueOf(System.getenv('TMPDIR'))
assert Files.isSymbolicLink(userLink.toPath())

// 2. The default root, target/devdrive-tmp, is a link.
def sameVolume = maven.sample('same-volume')
def defaultRoot = link(new File(sameVolume, 'target/devdrive-tmp'))
assert maven.run(sameVolume, ['validate', '-Ddevdrive.mode=same-volume']) == 0 : NestedMaven.log(sameVolume)
assert refusal(NestedMaven.log(sameVolume), defaultRoot).contains('symbolic link')

// 3. devdrive.tmpRoot is a link: <link>/<user> would be created in the link's target.
def linkedRoot = link(new File(basedir, 'linked-root'))
def throughLink = maven.sample('through-link')
assert maven.run(throughLink, ['validate', "-Ddevdrive.tmpRoot=${linkedRoot}".toString()]) == 0 : NestedMaven.log(throughLink)
assert refusal(NestedMaven.log(throughLink), new File(linkedRoot, user)).contains('through a link')

assert NestedMaven.snapshot(victim) == victimBefore : 'something was created, changed or removed through a link'
return true
