def TempPlaces = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'TempPlaces.groovy'))
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def load = { String name ->
    def p = new Properties()
    new File(basedir, "observed/build/${name}.properties").withInputStream { p.load(it) }
    p
}
def mine = new File(basedir, 'mine').canonicalPath
def root = TempPlaces.sameVolumeRoot(new File(basedir, 'target'))

['FirstTempTest', 'SecondTempTest'].each { test ->
    def byArgLine = load("ext-user-choices-${test}")
    assert byArgLine['java.io.tmpdir'] == mine : 'java.io.tmpdir in argLine is the user\'s choice'
    assert byArgLine['tempDir'].startsWith(mine)
    assert byArgLine['env.TMP'] == mine : 'TMP in environmentVariables is the user\'s choice'
    ['TEMP', 'TMPDIR'].each { assert !byArgLine["env.${it}"].startsWith(root) : "${it}: one temp variable set by the user keeps all three" }

    def late = load("late-${test}")
    assert late['java.io.tmpdir'] == mine : 'java.io.tmpdir in a property argLine refers to as @{...} is the user\'s choice'
    assert late['marker'] == 'late'
    def byToolOptions = load("by-tool-options-${test}")
    assert byToolOptions['java.io.tmpdir'] == mine : 'java.io.tmpdir in JAVA_TOOL_OPTIONS is the user\'s choice'
    [late, byToolOptions].each { p -> ['TMP', 'TEMP', 'TMPDIR'].each { assert p["env.${it}"].startsWith(root + File.separator) : "${it} is still injected" } }

    def byProperty = load("by-property-${test}")
    assert byProperty['java.io.tmpdir'] == mine : 'java.io.tmpdir in systemPropertyVariables is the user\'s choice'
    if (TempPlaces.TEMP_VARIABLES) {
        ['TMP', 'TEMP', 'TMPDIR'].each { assert byProperty["env.${it}"].startsWith(root + File.separator) : "${it} is still injected" }
    }
}
assert new File(basedir, 'mine').list().findAll { it.startsWith('left-by-') }.size() == 8

def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/report.json'))
assert report.userChoices.collect { [it.module, it.execution, it.leftAlone] } == [
    ['ext-user-choices', 'forked javac (default-compile)', ['compilerArgument sets -J-Djava.io.tmpdir']],
    ['ext-user-choices', 'forked javac (default-testCompile)', ['compilerArguments sets -J-Djava.io.tmpdir']],
    ['ext-user-choices', 'surefire (default-test)', ['argLine already sets java.io.tmpdir', 'environmentVariables sets TMP']],
    ['ext-user-choices', 'surefire (by-property)', ['systemPropertyVariables sets java.io.tmpdir']],
    ['ext-user-choices', 'surefire (late)', ['argLine already sets java.io.tmpdir']],
    ['ext-user-choices', 'surefire (by-tool-options)', ['environmentVariables JAVA_TOOL_OPTIONS sets java.io.tmpdir']],
]
assert report.pluginsLeftAlone.collect { [it.module, it.execution] } == [['ext-user-choices', 'maven-antrun-plugin:run (generate)']]
assert report.pluginsLeftAlone[0].reason.contains('build file') : 'the reason comes with it'
assert log.contains('antrun ran')

def ReportAgreement = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ReportAgreement.groovy'))
ReportAgreement.check(new File(basedir, 'build.log'), new File(basedir, 'target/report.json'))
true
