import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def report = new JsonSlurper().parse(new File(basedir, 'target/devdrive/report.json'))
def tmpdir = new File(report.locations.find { it.name == 'java.io.tmpdir' }.realPath ?: System.getProperty('java.io.tmpdir'))

// 1: JSON, same-volume: java.io.tmpdir first, then the extension's root (its nearest existing directory)
def m = report.measurement
assert m.keySet() as List == ['work', 'fileBytes', 'places']
assert m.fileBytes == 4096
// a root not made yet is measured in its nearest existing directory, and the row says so
assert m.places[0].name == 'java.io.tmpdir'
assert m.places[1].name ==~ /(project directory for )?devdrive temp root/
m.places.each { p ->
    assert p.keySet() as List == ['name', 'directory', 'files', 'nanos', 'filesPerSecond', 'ratio', 'problem']
    assert p.problem == ''
    assert p.files > 0 && p.files <= 2000 : 'up to 2 rounds of 1000 files, fewer on a slow volume (3 s per round)'
    assert p.nanos > 0 && p.filesPerSecond > 0 && p.ratio > 0
}
assert m.places[0].ratio == 1.0
assert new File(m.places[0].directory).canonicalPath == tmpdir.canonicalPath
assert new File(m.places[1].directory).canonicalPath.startsWith(basedir.canonicalPath)

// progress: one line per place and round, in the log while it runs
assert (log =~ /\[devdrive\] measuring small-file work, round [12]\/2: /).size() >= 4 * 2

// 2: text in the log, after the report; auto on Linux measures the build directory instead of a root
def lines = log.readLines()
def header = lines.findLastIndexOf { it.contains('Small-file work (devdrive.measure): create, write 4 KB') }
assert header > 0
assert lines[header + 1] =~ /\[INFO\]   java\.io\.tmpdir +\S.* files\/s +1\.00x +\(\d+ files\)/
assert lines[header + 2] =~ /\[INFO\]   (project directory for )?(build directory \(same-volume\)|devdrive temp root) +\S.* files\/s +\d+\.\d\dx +\(\d+ files\)/

// nothing left behind
[tmpdir, basedir, new File(basedir, 'target')].each { dir ->
    assert !(dir.list() ?: new String[0]).any { it.startsWith('devdrive-measure-') } : "left in ${dir}"
}
true
