// What help:system printed in each forked build: its JVM's properties and its environment.
def TempPlaces = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'TempPlaces.groovy'))
def printed = { String project ->
    def values = [:]
    new File(basedir, "target/it/${project}/build.log").eachLine { line ->
        def match = line =~ /^(java\.io\.tmpdir|TMPDIR|TMP|TEMP|MAVEN_OPTS)=(.*)$/
        if (match) {
            values[match.group(1)] = match.group(2)
        }
    }
    assert values['java.io.tmpdir'] != null : "help:system printed nothing in ${project}"
    values
}
def base = TempPlaces.sameVolumeRoot(new File(basedir, 'target'))
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def plain = printed('plain')
def tmpdir = new File(plain['java.io.tmpdir'])
assert tmpdir.path.startsWith(base) && tmpdir.path ==~ /.*[\\\/]b-[a-z0-9]+[\\\/]ext-invoker/
assert tmpdir.isDirectory() // devdrive.keep=true
if (TempPlaces.TEMP_VARIABLES) {
    assert plain['TMPDIR'] == tmpdir.path
    assert plain['TMP'] == tmpdir.path
    assert plain['TEMP'] == tmpdir.path
}
// mvn may put options of its own in front
assert plain['MAVEN_OPTS'].endsWith(" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.io.tmpdir=${tmpdir.path}")

def own = printed('own')
assert own['java.io.tmpdir'] == '.'
assert own['MAVEN_OPTS'].endsWith(' -XX:+UseSerialGC -Djava.io.tmpdir=.')
assert own['TMPDIR'] == 'own-tmpdir'
println "ext-invoker: forked build's java.io.tmpdir ${tmpdir}; a project's own invoker.properties kept"

def ReportAgreement = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ReportAgreement.groovy'))
ReportAgreement.check(new File(basedir, 'build.log'), new File(basedir, 'target/report.json'))
true
