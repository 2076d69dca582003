def log = new File(basedir, 'build.log').text
def load = { String label, String test ->
    def p = new Properties()
    new File(basedir, "observed/${label}/ext-modes-${test}.properties").withInputStream { p.load(it) }
    p
}
def decisions = log.readLines().findAll { it.startsWith('[INFO] [devdrive] Redirecting') || it.startsWith('[INFO] [devdrive] Temp left') }
def tests = ['FirstTempTest', 'SecondTempTest']

// 1: auto on a volume that is not a Dev Drive leaves temp alone
assert decisions[0] == "[INFO] [devdrive] Temp left as it is: no Dev Drive outside Windows (${System.getProperty('os.name')}) and DEV_DRIVE is not set; set devdrive.mode=same-volume to use the build directory's volume".toString()
tests.each { assert !load('auto', it)['java.io.tmpdir'].contains('devdrive') }

// 2: off
assert decisions[1] == '[INFO] [devdrive] Temp left as it is: turned off (devdrive.mode=off or devdrive.skip=true)'
tests.each { assert !load('off', it)['java.io.tmpdir'].contains('devdrive') }

// 3: an invalid value fails the build at once, naming the property, the value and the valid values
assert log.contains("Invalid value 'sideways' for property devdrive.mode (set as a user property: -Ddevdrive.mode on the command line, in MAVEN_ARGS or in .mvn/maven.config, or on Maven 4 in maven-user.properties or maven.properties in .mvn/ or ~/.m2/): expected one of auto, same-volume, off.")
assert !new File(basedir, 'observed/invalid').exists()

// 4: an explicit root, kept for debugging
def userRoot = new File(basedir, 'roots').listFiles().find { it.isDirectory() }
assert userRoot != null
assert decisions[2] == "[INFO] [devdrive] Redirecting temp of forked JVMs (surefire) to a per-build directory in ${userRoot.canonicalPath}: devdrive.tmpRoot is set".toString()
def kept = userRoot.listFiles().findAll { it.name.startsWith('b-') }
assert kept.size() == 1 && new File(kept[0], '.kept').isFile()
tests.each {
    def p = load('explicit', it)
    assert p['java.io.tmpdir'] == new File(kept[0], "ext-modes/${p['fork']}").canonicalPath
    assert new File(p['java.io.tmpdir'], "left-by-ext-modes-${it}.txt").isFile() : 'kept files stay for debugging'
}
assert log =~ /\[INFO\] \[devdrive\] Kept \Q${kept[0].canonicalPath}\E \(devdrive.keep=true\): \d+ files \(\d+ bytes\)/

// 6: javac forked by -Dmaven.compiler.fork=true, Surefire kept in the Maven JVM by -DforkCount=0
assert decisions[3].startsWith('[INFO] [devdrive] Redirecting temp of forked JVMs (forked javac) to a per-build directory in ')

// 5: the report agrees with build 4
def ReportAgreement = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ReportAgreement.groovy'))
ReportAgreement.check(new File(basedir, 'build.log'), new File(basedir, 'target/report.json'))
true
