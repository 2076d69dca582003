def TempPlaces = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'TempPlaces.groovy'))
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def root = TempPlaces.sameVolumeRoot(new File(basedir, 'target'))
['FirstTempTest', 'SecondTempTest'].each { test ->
    def p = new Properties()
    new File(basedir, "observed/build/ext-jacoco-${test}.properties").withInputStream { p.load(it) }
    assert p['marker'] == 'kept' : 'the rest of the user\'s argLine reached the fork'
    assert p['java.io.tmpdir'].startsWith(root + File.separator) && p['java.io.tmpdir'].endsWith(p['fork'])
}
def exec = new File(basedir, 'target/jacoco.exec')
assert exec.isFile() && exec.length() > 0 : 'the JaCoCo agent from @{argLine} wrote its coverage file'

def ReportAgreement = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ReportAgreement.groovy'))
ReportAgreement.check(new File(basedir, 'build.log'), new File(basedir, 'target/report.json'))
true
