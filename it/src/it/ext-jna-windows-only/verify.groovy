def log = new File(basedir, 'build.log').text
def runs = log.split(/(?m)^Apache Maven /).findAll { it.contains('Populating class realm coreExtension>dev.devdrive:devdrive-maven-extension') }
assert runs.size() == 2 : 'two builds that loaded the extension as a core extension'
def jna = { String run -> run.readLines().findAll { it =~ /Included net\.java\.dev\.jna:(jna|jna-platform) located at/ } }

if (System.getProperty('os.name').toLowerCase().contains('windows')) {
    runs.each { assert jna(it).size() == 2 }
} else {
    assert jna(runs[0]).isEmpty() : 'JNA resolved on ' + System.getProperty('os.name')
    assert jna(runs[1]).size() == 2 : 'no JNA for a Maven JVM that runs as Windows'
}
runs.each { assert it.contains('[INFO] [devdrive] Temp left as it is: turned off') }
true
