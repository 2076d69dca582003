def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def warnings = log.readLines().findAll { it.startsWith('[WARNING] [devdrive]') }
def redirected = log.contains('[INFO] [devdrive] Redirecting temp of forked JVMs')

// Maven before 3.9.6 ships Sisu 0.3.x, which cannot read the extension's Java 17 classes.
def parts = mavenVersion.tokenize('.-').take(3).collect { it.isInteger() ? it as int : 0 }
def supported = ([parts, [3, 9, 6]].transpose().collect { a, b -> a <=> b }.find { it != 0 } ?: 0) >= 0
if (supported) {
    assert warnings.isEmpty() : "Maven ${mavenVersion}: ${warnings}"
    assert redirected
} else {
    assert warnings.size() == 1 : "Maven ${mavenVersion}: expected exactly one warning, got ${warnings}"
    assert warnings[0].contains("Maven ${mavenVersion}") && warnings[0].contains('Maven 3.9.6 or newer')
    assert !redirected
}
if (binding.hasVariable('expectedMavenVersion')) {
    assert mavenVersion == expectedMavenVersion
}
println "ext-maven-version: Maven ${mavenVersion}, ${supported ? 'extension active' : warnings[0]}"
true
