// maven-compiler-plugin 4.0.0-beta-4 and Surefire/Failsafe 3.5.4 on Maven 4: what each fork recorded.
def TempPlaces = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'TempPlaces.groovy'))
// the module app's own build directory: a root in a build directory is each module's own
def base = TempPlaces.sameVolumeRoot(new File(basedir, 'app/target'))
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def observed = { String plugin ->
    def properties = new Properties()
    new File(basedir, "observed/maven4/${plugin}.properties").withInputStream { properties.load(it) }
    properties
}
def surefire = observed('surefire')
def fork = surefire.getProperty('java.io.tmpdir')
assert fork.startsWith(base) && fork ==~ /.*[\\\/]b-[a-z0-9]+[\\\/]app[\\\/]fork-1/
assert surefire.getProperty('tmpdir.existed') == 'true'
assert observed('failsafe').getProperty('java.io.tmpdir') == fork
// compiler 4.0.0-beta-4's testCompile runs the processor here. Maven 4.0.0-rc-5 configures it after compile with the
// parameters it inherits from AbstractCompilerMojo unset (fork=false, though -X logs fork = true), so it compiles
// inside the Maven JVM (java.io.tmpdir: the Maven JVM's own, which the extension never changes): there is no forked
// javac to redirect, and the
// extension says so in one WARNING naming plugin and version. Later Mavens set them: javac is redirected, no warning.
// (RELIABILITY.md, plugin version matrix.)
def javac = surefire.getProperty('javac.tmpdir')
println "ext-versions-maven4: Maven ${mavenVersion}: surefire fork ${fork}; javac of compiler 4.0.0-beta-4: ${javac}"
def warnings = log.readLines().findAll { it.startsWith('[WARNING] [devdrive]') }
if (mavenVersion == '4.0.0-rc-5') {
    assert !javac.startsWith(base) : "javac ran in the Maven JVM, whose temp the extension leaves alone: ${javac}"
    assert warnings.size() == 1 : warnings
    assert warnings[0].contains('maven-compiler-plugin 4.0.0-beta-4 is not supported')
    assert warnings[0].contains('fork=false') && warnings[0].contains('fork=true')
} else {
    assert javac == new File(new File(fork).parentFile, 'javac').path
    assert warnings.isEmpty() : warnings
}

def ReportAgreement = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ReportAgreement.groovy'))
ReportAgreement.check(new File(basedir, 'build.log'), new File(basedir, 'target/report.json'))
true
