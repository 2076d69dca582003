def log = new File(basedir, 'build.log').text
assert log.contains('devdrive-maven-plugin')
assert log.contains('BUILD SUCCESS')

// The maven-matrix executions name the Maven they run: prove that this build really ran on it.
if (binding.hasVariable('expectedMavenVersion')) {
    assert mavenVersion == expectedMavenVersion
    println "smoke-help ran on Maven ${mavenVersion}"
}
