// Runs the CI checker the way the Windows workflow does (JDK source launcher) on recorded reports and facts,
// asserting its exit code and message for accept and reject cases.
import java.nio.file.Files

File repo = basedir.canonicalFile
while (repo != null && !new File(repo, '.github/scripts/CheckDevDrive.java').isFile()) {
    repo = repo.parentFile
}
assert repo != null: "no .github/scripts/CheckDevDrive.java above ${basedir}"
File scripts = new File(repo, '.github/scripts')
String java = System.getProperty('java.home') + '/bin/java'

def check = { int expectedExit, List<String> expectedText, List<String> args ->
    def command = [java, new File(scripts, 'CheckDevDrive.java').path] + args
    def process = new ProcessBuilder(command).directory(scripts).redirectErrorStream(true).start()
    String output = process.inputStream.getText('UTF-8')
    int exit = process.waitFor()
    println "[ci-checker] exit ${exit}: ${args.join(' ')}\n${output}"
    assert exit == expectedExit: "expected exit ${expectedExit} for ${args}, got ${exit}:\n${output}"
    expectedText.each { assert output.contains(it): "expected '${it}' in the output of ${args}:\n${output}" }
    output
}

// Reports: a trusted Dev Drive passes every expectation the workflow makes.
check(0, ["OK: location 'project' (E:\\devdrive-maven) devDrive is yes", "OK: location 'project' (E:\\devdrive-maven) trusted is yes",
          "OK: location 'userHome' (C:\\Users\\runneradmin) devDrive is no"],
      ['report', 'testdata/report-devdrive-trusted.json', '--expect-dev-drive', 'project', '--expect-trusted', 'project',
       '--expect-not-dev-drive', 'userHome', '--expect-not-dev-drive', 'java.io.tmpdir', '--expect-redirect', 'true'])
// The system drive is not a Dev Drive: asserting it is must fail.
check(1, ["FAIL: location 'java.io.tmpdir' (C:\\Users\\RUNNER~1\\AppData\\Local\\Temp\\): devDrive is 'no', expected 'yes'"],
      ['report', 'testdata/report-devdrive-trusted.json', '--expect-dev-drive', 'java.io.tmpdir'])
// An untrusted Dev Drive is a Dev Drive but fails the trust expectation, with the report's reason.
def untrusted = check(1, ["OK: location 'project' (E:\\devdrive-maven) devDrive is yes",
                          "FAIL: location 'project' (E:\\devdrive-maven): trusted is 'no', expected 'yes' (reason: TRUSTED_VOLUME bit not set)"],
      ['report', 'testdata/report-devdrive-untrusted.json', '--expect-dev-drive', 'project', '--expect-trusted', 'project'])
assert untrusted.count('FAIL:') == 1
check(0, ["devDrive is yes"], ['report', 'testdata/report-devdrive-untrusted.json', '--expect-dev-drive', 'project'])
// Not a Dev Drive: every failed expectation is reported, not only the first; a location without a volume says why.
def notDevDrive = check(1, ["FAIL: location 'project' (D:\\a\\devdrive-maven\\devdrive-maven): devDrive is 'no', expected 'yes'",
                            "FAIL: location 'TMP' (C:\\Users\\J\u00f6rg\\AppData\\Local\\Temp) has no volume (problem: path does not exist)",
                            "FAIL: decision.redirect is false, expected true",
                            "FAIL: location 'JAVA_HOME' is not in the report"],
      ['report', 'testdata/report-not-devdrive.json', '--expect-dev-drive', 'project', '--expect-not-dev-drive', 'TMP',
       '--expect-dev-drive', 'JAVA_HOME', '--expect-redirect', 'true'])
assert notDevDrive.count('FAIL:') == 4
check(0, ["devDrive is no"], ['report', 'testdata/report-not-devdrive.json', '--expect-not-dev-drive', 'project',
                              '--expect-redirect', 'false'])
// The answer about trust: an untrusted Dev Drive is "no", a trusted one fails --expect-not-trusted.
check(0, ["OK: location 'project' (E:\\devdrive-maven) trusted is no"],
      ['report', 'testdata/report-devdrive-untrusted.json', '--expect-not-trusted', 'project'])
check(1, ["FAIL: location 'project' (E:\\devdrive-maven): trusted is 'yes', expected 'no'"],
      ['report', 'testdata/report-devdrive-trusted.json', '--expect-not-trusted', 'project'])
// A volume listed among the Dev Drives must answer "yes" wherever it appears, whatever the options asked.
def saidNo = check(1, ["FAIL: location 'project' is on the Dev Drive E:\\ but its devDrive is 'no' (reason: DEV_VOLUME bit not set)"],
      ['report', 'testdata/report-devdrive-said-no.json', '--expect-not-trusted', 'DEV_DRIVE'])
assert saidNo.count('FAIL:') == 1
// Unknown is neither yes nor no.
check(1, ["FAIL: location 'project' (E:\\src\\app): devDrive is 'unknown', expected 'yes' (reason: DeviceIoControl failed: error 21 (device not ready))"],
      ['report', 'testdata/report-unknown.json', '--expect-dev-drive', 'project'])
check(1, ["devDrive is 'unknown', expected 'no'"], ['report', 'testdata/report-unknown.json', '--expect-not-dev-drive', 'project'])

// Broken input is a failure (exit 1) that names the problem; a bad command line is a usage error (exit 2).
File work = Files.createTempDirectory(new File(basedir, 'target').with { mkdirs(); toPath() }, 'work').toFile()
File truncated = new File(work, 'truncated.json')
truncated.text = new File(scripts, 'testdata/report-devdrive-trusted.json').text.substring(0, 200)
check(1, ['FAIL: cannot read', 'invalid JSON at offset'], ['report', truncated.path, '--expect-dev-drive', 'project'])
check(1, ['FAIL: no such file:'], ['report', new File(work, 'missing.json').path, '--expect-dev-drive', 'project'])
check(2, ['usage error: nothing to check'], ['report', 'testdata/report-unknown.json'])
check(2, ["usage error: unknown option '--expect-devdrive'"], ['report', 'testdata/report-unknown.json', '--expect-devdrive', 'project'])
check(2, ['usage error: --expect-redirect takes true or false'], ['report', 'testdata/report-unknown.json', '--expect-redirect', 'yes'])
check(2, ["usage error: unknown subcommand 'volume'"], ['volume', 'x'])

// Facts written by the sample's test: Windows paths compared case-insensitively, whatever the separator or trailing slash.
check(0, ['OK: [TEMP, TMP, java.io.tmpdir, tempFile]'],
      ['facts', 'testdata/facts-devdrive.properties', '--under', 'e:/', '--not-under', 'C:\\', '--removed'])
check(0, ['OK:'], ['facts', 'testdata/facts-system-temp.properties', '--under', 'c:/users/runner~1/appdata/local/temp/',
                   '--not-under', 'E:', '--not-under', 'C:\\Users\\RUNNER~1\\AppData\\Local\\Temp2'])
def leftAlone = check(1, ['FAIL: tempFile = C:\\Users\\RUNNER~1\\AppData\\Local\\Temp\\facts987654321.tmp is not under E:'],
      ['facts', 'testdata/facts-system-temp.properties', '--under', 'E:'])
assert leftAlone.count('FAIL:') == 4
def partial = check(1, ['FAIL: TEMP is empty', 'FAIL: TMP = C:\\Users\\RUNNER~1\\AppData\\Local\\Temp is not under E:'],
      ['facts', 'testdata/facts-env-not-redirected.properties', '--under', 'E:'])
assert partial.count('FAIL:') == 2
check(1, ['has no per-build directory (b-*) in its path'], ['facts', 'testdata/facts-system-temp.properties', '--removed'])
// --owner-only: the fork's temp directory grants access to its owner, SYSTEM and Administrators, nobody else.
check(0, ['java.io.tmpdir private to fv-az1234-567\\runneradmin'],
      ['facts', 'testdata/facts-devdrive.properties', '--under', 'E:', '--owner-only'])
def inherited = check(1, ['FAIL: the ACL of java.io.tmpdir allows BUILTIN\\Users',
                          'FAIL: the ACL of java.io.tmpdir allows NT AUTHORITY\\Authenticated Users'],
      ['facts', 'testdata/facts-acl-inherited.properties', '--under', 'E:', '--owner-only'])
assert inherited.count('FAIL:') == 2
check(1, ['FAIL: no tmpdirOwner fact'], ['facts', 'testdata/facts-system-temp.properties', '--owner-only'])

// --removed on real files: a per-build directory still on disk is a leftover until it is deleted.
File buildDir = new File(work, 'b-4f7q')
File forkDir = new File(buildDir, 'ci-sample/fork-1')
assert forkDir.mkdirs()
File tempFile = new File(forkDir, 'facts1.tmp')
tempFile.text = 'x'
File facts = new File(work, 'facts.properties')
def props = new Properties()
['java.io.tmpdir': forkDir.path, TMP: forkDir.path, TEMP: forkDir.path, tempFile: tempFile.path].each { k, v -> props.setProperty(k, v) }
facts.withOutputStream { props.store(it, 'recorded by verify.groovy') }
check(0, ['OK:'], ['facts', facts.path, '--under', work.path, '--not-under', scripts.path])
check(1, ["FAIL: tempFile: per-build directory ${buildDir.path} was left behind"], ['facts', facts.path, '--removed'])
tempFile.delete()
forkDir.deleteDir()
check(1, ['was left behind'], ['facts', facts.path, '--removed'])
buildDir.deleteDir()
check(0, ['OK:'], ['facts', facts.path, '--under', work.path, '--removed'])
// POSIX permission bits stand in for the ACL where there is none.
props.setProperty('tmpdirOwner', 'runner')
props.setProperty('tmpdirPermissions', 'rwxr-xr-x')
facts.withOutputStream { props.store(it, 'recorded by verify.groovy') }
check(1, ['FAIL: java.io.tmpdir is rwxr-xr-x, expected rwx------'], ['facts', facts.path, '--owner-only'])
props.setProperty('tmpdirPermissions', 'rwx------')
facts.withOutputStream { props.store(it, 'recorded by verify.groovy') }
check(0, ['java.io.tmpdir private to runner'], ['facts', facts.path, '--owner-only'])
work.deleteDir()
return true
