def log = new File(basedir, 'build.log').text
// Both builds must pass, as they do with devdrive.mode=off.
assert log.count('BUILD SUCCESS') == 2 : 'a late clean of the aggregator broke a build that passes without the extension'
assert !log.contains('No such file or directory')
assert new File(basedir, 'target/exec-ran-2').isFile()
// lib's fork was redirected: the extension was active in both builds.
def p = new Properties()
new File(basedir, 'observed/lib-FirstTempTest.properties').withInputStream { p.load(it) }
assert p['java.io.tmpdir'].contains('devdrive-tmp') : p['java.io.tmpdir']
// Nothing of the extension left in any module.
['.', 'lib', 'other'].each { m ->
    def root = new File(basedir, "${m}/target/devdrive-tmp")
    assert !root.exists() || root.list().findAll { it.startsWith('b-') }.isEmpty() : "left in ${root}: ${root.list()}"
}
true
