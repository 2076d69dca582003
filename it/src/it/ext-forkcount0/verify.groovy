def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS') : 'no argLine may be added where Surefire does not fork'

['FirstTempTest', 'SecondTempTest'].each { test ->
    def p = new Properties()
    new File(basedir, "observed/build/ext-forkcount0-${test}.properties").withInputStream { p.load(it) }
    assert !(p['java.io.tmpdir'] =~ /fork-\d+$/) : "tests in the Maven JVM got no fork directory: ${p['java.io.tmpdir']}"
}
assert !log.contains('[WARNING] [devdrive]')

def ReportAgreement = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ReportAgreement.groovy'))
ReportAgreement.check(new File(basedir, 'build.log'), new File(basedir, 'target/report.json'))
true
