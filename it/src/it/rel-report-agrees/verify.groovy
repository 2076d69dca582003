// The build of the shared rel sample and devdrive:report on it agree about what is left as the user set it: once
// with nothing set by hand, once with java.io.tmpdir in the test JVM's argLine through a property.
def NestedMaven = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'rel/NestedMaven.groovy'))
def ReportAgreement = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ReportAgreement.groovy'))
def maven = NestedMaven.newInstance(binding)
def mine = new File(basedir, 'mine')
mine.mkdirs()

[plain: [], byProperty: ["-Drel.argLine=-Djava.io.tmpdir=${mine.canonicalPath}".toString()]].each { name, options ->
    def build = maven.sample(name)
    def common = ['-Ddevdrive.mode=same-volume', '-Drel.id=agree'] + options
    assert maven.run(build, ['test', '-Dorg.slf4j.simpleLogger.log.dev.devdrive=debug'] + common) == 0 : NestedMaven.log(build)
    def buildLog = new File(build, 'build-test.log')
    new File(build, 'build.log').renameTo(buildLog)
    assert maven.run(build, ["dev.devdrive:devdrive-maven-plugin:${maven.version}:report".toString(),
                             '-Ddevdrive.format=json', '-Ddevdrive.output=target/report.json'] + common) == 0 : NestedMaven.log(build)
    def agreed = ReportAgreement.check(buildLog, new File(build, 'target/report.json'))
    if (name == 'byProperty') {
        assert agreed == ['rel-sample | surefire (default-test) | argLine already sets java.io.tmpdir'] as Set
    } else {
        assert agreed.isEmpty()
    }
}
true
