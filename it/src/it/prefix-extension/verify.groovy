import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def version = devdriveVersion

// 1: the help goal of the plugin at the extension's own version.
assert log.contains("--- devdrive:${version}:help")
// 2 and 3: the report, in the project and without one.
def inProject = new JsonSlurper().parse(new File(basedir, 'report.json'))
assert inProject.locations*.name.contains('buildDirectory')
def noPom = new File(basedir, 'no-pom')
def standAlone = new JsonSlurper().parse(new File(noPom, 'report.json'))
assert standAlone.locations.find { it.name == 'project' }.realPath == noPom.canonicalPath
assert !standAlone.locations*.name.contains('buildDirectory')
// 4: the POM's pin wins over the extension's version, so Maven looks for the pinned one.
assert log.contains('devdrive-maven-plugin:0.0.1-pinned') || log.contains('devdrive-maven-plugin:jar:0.0.1-pinned')
assert !log.contains("No plugin found for prefix 'devdrive'")

if (binding.hasVariable('expectedMavenVersion')) {
    assert mavenVersion == expectedMavenVersion
}
