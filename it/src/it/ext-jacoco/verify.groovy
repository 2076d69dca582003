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

// The user's java.io.tmpdir in the argLine property, extended by prepare-agent, reached the fork through @{argLine}.
def mine = new File(basedir, 'mine').canonicalPath
['FirstTempTest', 'SecondTempTest'].each { test ->
    def p = new Properties()
    new File(basedir, "observed/mine/ext-jacoco-${test}.properties").withInputStream { p.load(it) }
    assert p['java.io.tmpdir'] == mine : 'the user\'s java.io.tmpdir in the argLine property is kept'
    assert p['marker'] == 'kept'
}

// build.log holds all four invocations: each report is checked against the build before it.
def ReportAgreement = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ReportAgreement.groovy'))
def parts = log.split(java.util.regex.Pattern.quote('[INFO] Scanning for projects...'))
assert parts.length == 5 : 'four invocations'
def withoutChoice = new File(basedir, 'target/build-1.log')
withoutChoice.text = parts[1]
assert ReportAgreement.check(withoutChoice, new File(basedir, 'target/report.json')).isEmpty()
def withChoice = new File(basedir, 'target/build-3.log')
withChoice.text = parts[3]
assert ReportAgreement.check(withChoice, new File(basedir, 'target/report-mine.json')) ==
        ['ext-jacoco | surefire (default-test) | argLine already sets java.io.tmpdir'] as Set
true
