// The build of the shared rel sample and devdrive:report on it agree about what is left as the user set it: with
// nothing set by hand; with java.io.tmpdir in the test JVM's argLine through a property (-Drel.argLine); through
// Surefire's late replacement of a POM property (<argLine>@{argLine} ...</argLine>, the pattern JaCoCo documents);
// and in JAVA_TOOL_OPTIONS of the environment Maven runs in, which the test JVM inherits. Where the user chose, the
// test JVM really got the user's directory.
def NestedMaven = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'rel/NestedMaven.groovy'))
def ReportAgreement = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ReportAgreement.groovy'))
def maven = NestedMaven.newInstance(binding)
def mine = new File(basedir, 'mine')
mine.mkdirs()
def tmpdirOption = "-Djava.io.tmpdir=${mine.canonicalPath}".toString()
// The Maven JVM reads JAVA_TOOL_OPTIONS too: its own temp (jansi's library) goes elsewhere through MAVEN_OPTS, which
// comes later on its command line and which the test JVMs do not inherit.
def mavenTmp = new File(basedir, 'maven-tmp')
mavenTmp.mkdirs()
def mavenOpts = "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Djava.io.tmpdir=${mavenTmp.canonicalPath}".toString()

def cases = [
    plain     : [options: [], env: [:], agreed: [] as Set],
    byProperty: [options: ["-Drel.argLine=${tmpdirOption}".toString()], env: [:],
                 agreed: ['rel-sample | surefire (default-test) | argLine already sets java.io.tmpdir'] as Set],
    late      : [options: [], env: [:], late: true,
                 agreed: ['rel-sample | surefire (default-test) | argLine already sets java.io.tmpdir'] as Set],
    toolOptions: [options: [], env: [JAVA_TOOL_OPTIONS: tmpdirOption, MAVEN_OPTS: mavenOpts],
                  agreed: ['rel-sample | surefire (default-test) | JAVA_TOOL_OPTIONS of Maven\'s environment sets java.io.tmpdir',
                           'rel-sample | forked javac (default-compile) | JAVA_TOOL_OPTIONS of Maven\'s environment sets java.io.tmpdir',
                           'rel-sample | forked javac (default-testCompile) | JAVA_TOOL_OPTIONS of Maven\'s environment sets java.io.tmpdir'] as Set],
]
cases.each { name, c ->
    def build = maven.sample(name)
    def pom = new File(build, 'pom.xml')
    if (c.late) {
        pom.text = pom.text
                .replace('<rel.argLine />', "<rel.argLine />\n    <argLine>${tmpdirOption}</argLine>")
                .replace('<argLine>-XX:TieredStopAtLevel=1', '<argLine>@{argLine} -XX:TieredStopAtLevel=1')
        assert pom.text.contains('@{argLine}')
    }
    if (c.env) {
        // javac forks too: JAVA_TOOL_OPTIONS reaches its JVM as well
        pom.text = pom.text.replace('<maven.compiler.release>', '<maven.compiler.fork>true</maven.compiler.fork>\n    <maven.compiler.release>')
    }
    def seen = new File(build, 'target/seen.properties')
    def common = ['-Ddevdrive.mode=same-volume', '-Drel.id=agree'] + c.options
    assert maven.run(build, ['test', '-Dorg.slf4j.simpleLogger.log.dev.devdrive=debug', "-Drel.report=${seen}".toString()] + common,
                     null, c.env) == 0 : NestedMaven.log(build)
    def buildLog = new File(build, 'build-test.log')
    new File(build, 'build.log').renameTo(buildLog)
    if (c.agreed) {
        assert NestedMaven.report(seen)['java.io.tmpdir'] == mine.canonicalPath : "${name}: the test JVM got the user's java.io.tmpdir"
    }
    assert maven.run(build, ["dev.devdrive:devdrive-maven-plugin:${maven.version}:report".toString(),
                             '-Ddevdrive.format=json', '-Ddevdrive.output=target/report.json'] + common,
                     null, c.env) == 0 : NestedMaven.log(build)
    def agreed = ReportAgreement.check(buildLog, new File(build, 'target/report.json'))
    assert agreed == c.agreed : name
}
true
