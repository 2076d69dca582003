import groovy.json.JsonSlurper

def here = new File(basedir, 'no-pom')
def log = new File(basedir, 'build.log').text
assert !log.contains('BUILD FAILURE')
def lines = log.readLines().collect { it.replaceFirst(/^\[INFO\] ?/, '') }
assert lines.any { it ==~ /location\s+path\s+volume\s+type\s+Dev Drive\s+trusted\s+free/ }
assert lines.any { it.startsWith('project ') && it.contains(here.canonicalPath) }
assert !lines.any { it.startsWith('buildDirectory ') }

def report = new JsonSlurper().parse(new File(here, 'report.json'))
def names = report.locations*.name
assert names.contains('project')
assert !names.contains('buildDirectory')
assert report.locations.find { it.name == 'project' }.realPath == here.canonicalPath
assert report.decision.redirect == false
assert report.decision.root == null
assert report.decision.reason.contains('no project')
