def log = new File(basedir, 'build.log').text
def version = devdriveVersion

assert log.contains("No plugin found for prefix 'devdrive'")
assert log.contains("--- devdrive:${version}:help")
assert log.count('BUILD SUCCESS') == 2

if (binding.hasVariable('expectedMavenVersion')) {
    assert mavenVersion == expectedMavenVersion
}
