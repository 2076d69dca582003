import groovy.json.JsonSlurper

def dir = new File(basedir, 'tmpfs')
def skipped = new File(basedir, 'skipped.txt')
try {
    def log = new File(basedir, 'build.log').text
    assert !log.contains('BUILD FAILURE')
    def report = new JsonSlurper().parse(new File(basedir, 'target/devdrive/report.json'))
    def tmpdir = report.locations.find { it.name == 'TMPDIR' }
    assert tmpdir != null : 'TMPDIR is set for this build, so the report must list it'
    assert tmpdir.realPath == dir.canonicalPath

    if (skipped.exists()) {
        println "report-tmpfs: SKIPPED the tmpfs assertions: ${skipped.text}"
        return true
    }
    assert tmpdir.volume.fileSystem == 'tmpfs'
    assert tmpdir.volume.root == dir.canonicalPath
    assert tmpdir.volume.totalBytes == 4 * 1024 * 1024

    def advice = report.recommendations.find { it.id == 'tmpfs-temp' }
    assert advice != null : 'expected the tmpfs size warning'
    assert advice.message.contains('TMPDIR')
    assert advice.message.contains('4.0 MiB')
    assert advice.action == "sudo mount -o remount,size=1G ${dir.canonicalPath}"

    // The advice is run as printed (as root, without sudo, which this machine may lack): it must make the
    // volume larger, never smaller.
    def remount = ['sh', '-c', advice.action.replaceFirst(/^sudo /, '')].execute()
    remount.waitFor()
    assert remount.exitValue() == 0 : "${advice.action} failed: ${remount.err.text}"
    assert dir.totalSpace == 1024L * 1024 * 1024 : "after ${advice.action} the tmpfs holds ${dir.totalSpace} bytes"

    def lines = log.readLines().collect { it.replaceFirst(/^\[INFO\] ?/, '') }
    def row = lines.find { it.startsWith('TMPDIR ') }
    assert row != null
    assert row.split(/\s{2,}/)[3] == 'tmpfs'
    assert lines.any { it.contains('[tmpfs-temp]') }
} finally {
    if (!skipped.exists()) {
        def process = ['umount', dir.canonicalPath].execute()
        process.waitFor()
        assert process.exitValue() == 0 : "umount ${dir} failed: ${process.err.text}"
    }
}
