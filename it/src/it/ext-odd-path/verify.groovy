def TempPlaces = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'TempPlaces.groovy'))
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def sep = File.separator
["O'Brien/Jürgen-ビルド", "O'Brien's builds/Jürgen ビルド"].each { odd ->
    def buildDirectory = new File(basedir, "target/${odd}")
    def root = TempPlaces.sameVolumeRoot(buildDirectory)
    def observed = new File(buildDirectory, 'observed').listFiles().findAll { it.name.endsWith('.properties') }
    assert observed.size() == 2 : "both tests ran below ${odd}: ${observed}"
    def used = [] as Set
    observed.each { file ->
        def p = new Properties()
        file.withInputStream { p.load(it) }
        def tmpdir = p['java.io.tmpdir']
        assert tmpdir =~ /^\Q${root}${sep}\Eb-[a-z0-9]{8}\Q${sep}ext-odd-path${sep}\Efork-\d+$/ : "${file.name}: ${tmpdir}"
        assert p['tmpdir.existed'] == 'true' : "${file.name}: ${tmpdir} did not exist"
        used << tmpdir.substring(root.length() + 1).split(java.util.regex.Pattern.quote(sep))[0]
    }
    // the root keeps only the extension's marker; on Windows the root at the volume root is shared by every build
    // of the account
    def left = ((new File(root).list() as List) - ['.devdrive-marker']).findAll { !TempPlaces.WINDOWS || it in used }
    assert left.isEmpty() : "the build's directory below ${root} was removed"
}

def ReportAgreement = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ReportAgreement.groovy'))
ReportAgreement.check(new File(basedir, 'build.log'), new File(basedir, 'target/report.json'))
true // a post-build script that returns anything but true or null fails the build
