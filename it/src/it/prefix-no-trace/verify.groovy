import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text

// 1: the installed POM is flattened with the resolved build, and nothing in it comes from the extension.
def installed = new File(localRepositoryPath, 'dev/devdrive/it/prefix-no-trace/1.0/prefix-no-trace-1.0.pom')
assert installed.isFile()
def pom = installed.text
assert pom.contains('flatten-maven-plugin') : 'the resolved build was not flattened into the installed POM'
assert !pom.contains('devdrive-maven-plugin') : "the installed POM names the devdrive plugin:\n${pom}"
assert !pom.contains('dev.devdrive</groupId>') : "the installed POM names the extension's group:\n${pom}"
assert !log.contains('prefix devdrive is')

// 2: the prefix still resolves, at the extension's version.
def report = new JsonSlurper().parse(new File(basedir, 'report.json'))
assert report.locations*.name.contains('buildDirectory')
assert log.contains("--- devdrive:${devdriveVersion}:report")

if (binding.hasVariable('expectedMavenVersion')) {
    assert mavenVersion == expectedMavenVersion
}
