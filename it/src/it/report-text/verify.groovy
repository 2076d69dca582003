// The text report goes to the build log: the table header, this project's row, then the sections.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def lines = log.readLines().collect { it.replaceFirst(/^\[INFO\] ?/, '') }
assert lines.any { it ==~ /location\s+path\s+volume\s+type\s+Dev Drive\s+trusted\s+free/ }

def projectRow = lines.find { it.startsWith('project ') }
assert projectRow != null : 'no project row'
assert projectRow.contains(basedir.canonicalPath)
assert lines.any { it.startsWith('buildDirectory ') && it.contains(new File(basedir, 'target').canonicalPath) }
assert lines.any { it.startsWith('localRepository ') }
assert lines.any { it.startsWith('java.io.tmpdir ') }

def sections = ['Dev Drives on this machine', 'What the extension would do (devdrive.mode=auto)', 'Recommendations']
def positions = sections.collect { section -> lines.findIndexOf { it == section } }
assert positions.every { it > 0 } : "missing section among $sections"
assert positions == positions.sort(false) : 'sections out of order'
assert lines.any { it.startsWith('  redirect  ') }
assert lines.any { it.startsWith('  reason    ') }
