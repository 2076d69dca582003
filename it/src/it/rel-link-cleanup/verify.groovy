// Case 9: a test leaves symbolic links in its temp dir (and in a directory below it) that point to a directory
// outside, with files. The cleanup at the end of the build removes the links, never what they point to.
def NestedMaven = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'rel/NestedMaven.groovy'))
def maven = NestedMaven.newInstance(binding)

def root = new File(basedir, 'shared-root')
root.mkdirs()
def userRoot = new File(root, NestedMaven.userDirectoryName())
def victim = new File(basedir, 'victim')
new File(victim, 'sub').mkdirs()
new File(victim, 'precious.txt').text = 'outside the temp dir'
new File(victim, 'sub/deep.txt').text = 'outside the temp dir, deeper'
def victimBefore = NestedMaven.snapshot(victim)

def build = maven.sample('build')
def seen = new File(build, 'seen.properties')
assert maven.run(build, ['test', "-Ddevdrive.tmpRoot=${root}", '-Drel.id=links', "-Drel.link.target=${victim}",
                         "-Drel.report=${seen}"].collect { it.toString() }) == 0 : NestedMaven.log(build)
def report = NestedMaven.report(seen)
assert report.state == 'finished'
assert report['java.io.tmpdir'].startsWith(userRoot.canonicalPath)

def log = NestedMaven.log(build)
def removed = log =~ /\[INFO\] \[devdrive\] Removed (\S+): (\d+) files/
assert removed.find() : log
assert (removed.group(2) as int) == 5 + 3 : 'five files and three links were left behind'
assert !new File(removed.group(1)).exists()
assert NestedMaven.snapshot(victim) == victimBefore : 'the cleanup followed a link out of the build\'s directory'
assert userRoot.list() as List == ['.devdrive-marker']
if (NestedMaven.mode(userRoot) != null) {
    assert NestedMaven.mode(userRoot) == 'rwx------'
}
assert !log.contains('[WARNING] [devdrive]')
return true
