// Case 7: every invalid devdrive.* value fails the build with one clear error that names the property, the value
// and the valid values, and nothing is created. build.log holds the invocations of invoker.properties in order.
def dir = basedir.canonicalPath
def fromCommandLine = 'set as a user property: -D'
def fromPom = 'set in <properties> of the top-level pom.xml (the one Maven runs on)'
def modes = 'one of auto, same-volume, off'
def bool = 'true or false'
def path = 'the absolute path of an existing directory'
def expected = [
    [property: 'devdrive.mode', value: 'sideways', valid: modes, source: fromCommandLine],
    [property: 'devdrive.mode', value: '', valid: modes, source: fromCommandLine],
    [property: 'devdrive.skip', value: 'maybe', valid: bool, source: fromCommandLine],
    [property: 'devdrive.skip', value: '', valid: bool, source: fromCommandLine],
    [property: 'devdrive.keep', value: 'maybe', valid: bool, source: fromCommandLine],
    [property: 'devdrive.keep', value: '', valid: bool, source: fromCommandLine],
    [property: 'devdrive.tmpRoot', value: '', valid: "${path} (this one is empty)", source: fromCommandLine],
    [property: 'devdrive.tmpRoot', value: 'relative/root', valid: "${path} (this one is relative)", source: fromCommandLine],
    [property: 'devdrive.tmpRoot', value: "${dir}/does-not-exist", valid: "${path} (this one does not exist)", source: fromCommandLine],
    [property: 'devdrive.tmpRoot', value: "${dir}/pom.xml", valid: "${path} (this one is not a directory)", source: fromCommandLine],
    [property: 'devdrive.mode', value: 'sideways', valid: modes, source: fromPom],
    null, // a valid -Ddevdrive.mode=off wins over the invalid POM property
    null, // devdrive.skip=true reads no other property: a missing devdrive.tmpRoot does not fail the build
]

// One part per Maven run: each starts by scanning for projects.
def runs = []
new File(basedir, 'build.log').eachLine { line ->
    if (line.contains('Scanning for projects...')) {
        runs << []
    }
    if (!runs.isEmpty()) {
        runs.last() << line
    }
}
assert runs.size() == expected.size() : "expected ${expected.size()} Maven runs in build.log, found ${runs.size()}"

expected.eachWithIndex { error, i ->
    def run = runs[i]
    def label = "invocation ${i + 1}"
    if (error == null) {
        assert run.any { it.contains('BUILD SUCCESS') } : "${label} should pass"
        assert !run.any { it.startsWith('[ERROR]') } : "${label} should log no error"
        assert run.count { it.startsWith('[INFO] [devdrive] ') } == 1 : "${label}: one [devdrive] INFO line"
        return
    }
    assert !run.any { it.contains('BUILD SUCCESS') } : "${label} should fail"
    def mentions = run.findAll { it.startsWith('[ERROR]') && it.contains('devdrive.') }
    assert mentions.size() == 1 : "${label}: exactly one error line about devdrive.*, got ${mentions}"
    def message = mentions[0]
    def wanted = "Invalid value '${error.value}' for property ${error.property} (${error.source}"
    assert message.contains(wanted) : "${label}: '${message}' does not contain '${wanted}'"
    assert message.contains("expected ${error.valid}") : "${label}: '${message}' does not name the valid values"
    println "${label}: ${message}"
}

// Nothing created: no build directory (where the default root would go) and the valid root is still empty.
assert !new File(basedir, 'target').exists() : 'a failed or undecided build created target/'
def validRoot = new File(basedir, 'valid-root')
assert validRoot.list().length == 0 : "valid-root is not empty: ${validRoot.list()}"
assert !new File(basedir, 'relative').exists()
assert !new File(basedir, 'does-not-exist').exists()
return true
