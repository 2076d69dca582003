import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def user = System.getProperty('user.name')
def load = { File observed, String test ->
    def p = new Properties()
    new File(observed, "${test}.properties").withInputStream { p.load(it) }
    p
}

// 1: -pl a: the root is the top-level POM's troot, not a/troot
def userRoot = new File(basedir, "troot/${user}").canonicalPath
assert !log.contains('Invalid value')
assert log.contains("[INFO] [devdrive] Redirecting temp of forked JVMs (surefire) to a per-build directory in ${userRoot}: devdrive.tmpRoot is set")
['FirstTempTest', 'SecondTempTest'].each {
    def tmpdir = load(new File(basedir, 'a/observed/pl'), "a-${it}")['java.io.tmpdir']
    assert tmpdir.startsWith(userRoot + File.separator) : "${it}: ${tmpdir} is not under ${userRoot}"
}

// 2: the report with -pl a reads the same POM
def pl = new JsonSlurper().parse(new File(basedir, 'report-pl.json'))
assert pl.decision.redirect == true
assert pl.decision.root == userRoot

// 3: -pl core below an aggregator in same-volume mode: redirected
def aggRoot = new File(basedir, 'agg/target/devdrive-tmp').canonicalPath
assert log.contains("[INFO] [devdrive] Redirecting temp of forked JVMs (surefire) to a per-build directory in ${aggRoot}: devdrive.mode=same-volume")
['FirstTempTest', 'SecondTempTest'].each {
    def tmpdir = load(new File(basedir, 'agg/core/observed/agg'), "core-${it}")['java.io.tmpdir']
    assert tmpdir.startsWith(aggRoot + File.separator) : "${it}: ${tmpdir} is not under ${aggRoot}"
}

// 4: and the report agrees
def agg = new JsonSlurper().parse(new File(basedir, 'report-agg.json'))
assert agg.decision.redirect == true
assert agg.decision.mode == 'same-volume'
assert agg.decision.root == aggRoot
true
