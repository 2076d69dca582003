import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
def jsonFile = new File(basedir, 'target/devdrive/report.json')
def textFile = new File(basedir, 'target/devdrive/report.txt')
assert log.contains("devdrive report (json) written to ${jsonFile.canonicalPath}")
assert log.contains("devdrive report (text) written to ${textFile.canonicalPath}")

def report = new JsonSlurper().parse(jsonFile)
assert report.keySet() == ['schemaVersion', 'os', 'locations', 'devDrives', 'decision', 'userChoices', 'pluginsLeftAlone', 'recommendations'] as Set
assert report.schemaVersion == 1
assert report.os.keySet() == ['name', 'version', 'arch'] as Set
assert report.os.name == System.getProperty('os.name')

def names = report.locations*.name
assert names.containsAll(['project', 'buildDirectory', 'java.io.tmpdir', 'localRepository', 'mavenHome', 'JAVA_HOME', 'userHome'])
def allowed = ['project', 'buildDirectory', 'java.io.tmpdir', 'TMP', 'TEMP', 'TMPDIR', 'localRepository', 'mavenHome',
               'JAVA_HOME', 'userHome', 'DEV_DRIVE']
assert allowed.containsAll(names)
assert names == allowed.findAll { names.contains(it) } : 'locations out of order'

def volumeFields = ['id', 'root', 'fileSystem', 'totalBytes', 'freeBytes', 'remote', 'removable', 'devDrive', 'trusted',
                    'blockCloning', 'notes'] as Set
def checkVolume = { volume ->
    assert volume.keySet() == volumeFields
    ['devDrive', 'trusted', 'blockCloning'].each { answer ->
        assert volume[answer].keySet() == ['state', 'reason'] as Set
        assert volume[answer].state in ['yes', 'no', 'unknown']
    }
    assert volume.totalBytes instanceof Number && volume.freeBytes instanceof Number
    assert volume.remote instanceof Boolean && volume.removable instanceof Boolean
    assert volume.notes instanceof List
}
report.locations.each { location ->
    assert location.keySet() == ['name', 'path', 'realPath', 'problem', 'volume'] as Set
    checkVolume(location.volume)
}
report.devDrives.each(checkVolume)

def project = report.locations.find { it.name == 'project' }
assert project.realPath == basedir.canonicalPath
def repository = report.locations.find { it.name == 'localRepository' }
assert new File(repository.path).canonicalPath == new File("${localRepositoryPath}").canonicalPath

assert report.decision.keySet() == ['redirect', 'mode', 'root', 'reason', 'refusedRoots'] as Set
assert report.decision.mode == 'auto'
assert report.decision.redirect instanceof Boolean
assert report.decision.reason
assert (report.decision.root == null) == !report.decision.redirect
report.recommendations.each { assert it.keySet() == ['id', 'message', 'action'] as Set }

// The text table shows the same file system type for the project's volume.
def row = textFile.readLines().find { it.startsWith('project ') }
assert row != null
def columns = row.split(/\s{2,}/)
assert columns[1] == project.realPath
assert columns[3] == (project.volume.fileSystem ?: '?')
