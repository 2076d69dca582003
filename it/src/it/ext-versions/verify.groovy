// Each build's forks recorded where their temp went (Recorder); the plugin versions are in invoker.properties.
def TempPlaces = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'TempPlaces.groovy'))
// the module app's own build directory: a root in a build directory is each module's own
def base = TempPlaces.sameVolumeRoot(new File(basedir, 'app/target'))
def builds = new File(basedir, 'build.log').text.split(/(?m)^\[INFO\] Scanning for projects\.\.\.$/).drop(1)
assert builds.size() == 6
builds.each { assert it.contains('BUILD SUCCESS') }

def observed = { String tag, String plugin ->
    def file = new File(basedir, "observed/${tag}/${plugin}.properties")
    assert file.isFile() : "no record from ${plugin} in build ${tag}"
    def properties = new Properties()
    file.withInputStream { properties.load(it) }
    properties
}

def versions = [
    '1': 'surefire/failsafe 2.22.2, compiler 3.8.1',
    '2': 'surefire/failsafe 3.0.0, compiler 3.13.0',
    '3': 'surefire/failsafe 3.2.5, compiler 3.16.0',
    '4': 'surefire/failsafe 3.5.4, compiler 3.8.1',
    '5': 'surefire/failsafe 3.6.1, compiler 3.16.0',
]
versions.each { tag, what ->
    def surefire = observed(tag, 'surefire')
    def failsafe = observed(tag, 'failsafe')
    def fork = surefire.getProperty('java.io.tmpdir')
    assert fork.startsWith(base) && fork ==~ /.*[\\\/]b-[a-z0-9]+[\\\/]app[\\\/]fork-1/ : "${what}: ${fork}"
    def build = new File(fork).parentFile.parentFile
    assert surefire.getProperty('tmpdir.existed') == 'true'
    assert !TempPlaces.TEMP_VARIABLES || surefire.getProperty('env.TMPDIR') == new File(build, 'app').path
    assert failsafe.getProperty('java.io.tmpdir') == fork
    assert failsafe.getProperty('tmpdir.existed') == 'true'
    assert !TempPlaces.TEMP_VARIABLES || failsafe.getProperty('env.TMPDIR') == new File(build, 'app').path
    assert surefire.getProperty('javac.tmpdir') == new File(build, 'app/javac').path : "${what}: forked javac"
    assert !build.exists()
    println "ext-versions: ${what}: redirected (fork ${fork})"
}

// 2.12.4 has no isReuseForks: one WARNING per plugin version, and its forks keep the JVM's own temp dir.
def old = builds[5]
['maven-surefire-plugin', 'maven-failsafe-plugin'].each { plugin ->
    def warnings = old.readLines().findAll { it.startsWith('[WARNING] [devdrive]') && it.contains("${plugin} 2.12.4") }
    assert warnings.size() == 1 : "${plugin} 2.12.4: ${warnings}"
    assert warnings[0].contains('is not supported') && warnings[0].contains('isReuseForks')
}
assert !observed('6', 'surefire').getProperty('java.io.tmpdir').startsWith(base)
assert !observed('6', 'failsafe').getProperty('java.io.tmpdir').startsWith(base)
assert observed('6', 'surefire').getProperty('javac.tmpdir').startsWith(base)
println "ext-versions: surefire/failsafe 2.12.4: one warning each, left alone"

def ReportAgreement = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ReportAgreement.groovy'))
ReportAgreement.check(new File(basedir, 'build.log'), new File(basedir, 'target/report.json'))
true
