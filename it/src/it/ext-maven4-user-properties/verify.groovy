def log = new File(basedir, 'build.log').text

// The invalid value from .mvn/maven-user.properties fails the build, and the error names that file among its places.
def errors = log.readLines().findAll { it.startsWith('[ERROR]') && it.contains("Invalid value 'sideways' for property devdrive.mode") }
assert errors.size() == 1 : "expected one error about devdrive.mode:\n${log}"
assert errors[0].contains('(set as a user property: ')
assert errors[0].contains('maven-user.properties or maven.properties in .mvn/ or ~/.m2/')
assert !new File(basedir, 'target').exists()

if (binding.hasVariable('expectedMavenVersion')) {
    assert mavenVersion == expectedMavenVersion
}
true
