import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def user = System.getProperty('user.name')
// Both tests of a module ran with their temp below the expected root.
def testsUnder = { File observed, String module, String root ->
    ['FirstTempTest', 'SecondTempTest'].each {
        def p = new Properties()
        new File(observed, "${module}-${it}.properties").withInputStream { p.load(it) }
        def tmpdir = p['java.io.tmpdir']
        assert tmpdir.startsWith(root + File.separator) : "${module}-${it}: ${tmpdir} is not under ${root}"
    }
}

// 1: -pl a: the root is the top-level POM's troot, not a/troot
def userRoot = new File(basedir, "troot/${user}").canonicalPath
assert !log.contains('Invalid value')
assert log.contains("[INFO] [devdrive] Redirecting temp of forked JVMs (surefire) to a per-build directory in ${userRoot}: devdrive.tmpRoot is set")
testsUnder(new File(basedir, 'a/observed/pl'), 'a', userRoot)

// 2: the report with -pl a reads the same POM
def pl = new JsonSlurper().parse(new File(basedir, 'report-pl.json'))
assert pl.decision.redirect == true
assert pl.decision.root == userRoot

// 3: -pl core below an aggregator in same-volume mode: redirected (the aggregator's setting), into core's own build
// directory (a root in a build directory is each module's own); the report names the top-level project's
def aggRoot = new File(basedir, 'agg/target/devdrive-tmp').canonicalPath
assert log.contains("[INFO] [devdrive] Redirecting temp of forked JVMs (surefire) to a per-build directory in each module's build directory (devdrive-tmp): devdrive.mode=same-volume")
testsUnder(new File(basedir, 'agg/core/observed/agg'), 'core', new File(basedir, 'agg/core/target/devdrive-tmp').canonicalPath)

// 4: and the report agrees
def agg = new JsonSlurper().parse(new File(basedir, 'report-agg.json'))
assert agg.decision.redirect == true
assert agg.decision.mode == 'same-volume'
assert agg.decision.root == aggRoot
true
