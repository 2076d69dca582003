def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def sep = File.separator
def root = new File(basedir, "target/O'Brien's builds/Jürgen ビルド/devdrive-tmp").canonicalPath
assert log.contains("[INFO] [devdrive] Redirecting temp of forked JVMs") && log.contains(root)

def observed = new File(basedir, 'observed').listFiles().findAll { it.name.endsWith('.properties') }
assert observed.size() == 2 : "both tests ran: ${observed}"
observed.each { file ->
    def p = new Properties()
    file.withInputStream { p.load(it) }
    def tmpdir = p['java.io.tmpdir']
    assert tmpdir =~ /^\Q${root}${sep}\Eb-[a-z0-9]{8}\Q${sep}ext-odd-path${sep}\Efork-\d+$/ : "${file.name}: ${tmpdir}"
    assert p['tmpdir.existed'] == 'true' : "${file.name}: ${tmpdir} did not exist"
}
assert (new File(root).list() as List).isEmpty() : 'the build directory was removed'
