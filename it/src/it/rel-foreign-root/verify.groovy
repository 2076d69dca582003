import java.nio.file.Files
import java.nio.file.attribute.PosixFilePermissions

// Case 4: a per-user root owned by another user, or open to the group or to others, is refused with a clear
// warning and left as it was; the build passes. The directories the extension creates are 0700 whatever the
// umask, and the other user can neither list nor plant files in them. A group-writable parent is trusted only while
// no other account is in its group (issue 21: trusted by the group's name before).
def NestedMaven = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'rel/NestedMaven.groovy'))
def maven = NestedMaven.newInstance(binding)
def user = NestedMaven.userDirectoryName()

if (NestedMaven.mode(basedir) == null) {
    println 'rel-foreign-root: SKIPPED: the file system has no POSIX permissions'
    return true
}
def (uid, uidText) = NestedMaven.run(['id', '-u'])
if (uidText != '0') {
    println "rel-foreign-root: SKIPPED: needs root to create a user and chown (running as uid ${uidText})"
    return true
}
def other = 'devdrive-rel'
def createdUser = false
if (NestedMaven.run(['id', other])[0] != 0) {
    def (code, output) = NestedMaven.run(['useradd', '--system', '--no-create-home', '--shell', '/usr/sbin/nologin', other])
    if (code != 0) {
        println "rel-foreign-root: SKIPPED: useradd ${other} failed (${code}): ${output}"
        return true
    }
    createdUser = true
}
def asOther = { List<String> command -> NestedMaven.run(['runuser', '-u', other, '--'] + command) }
def userRoot = { File root, String mode ->
    def dir = new File(root, user)
    dir.mkdirs()
    new File(dir, 'mine.txt').text = 'already here'
    Files.setPosixFilePermissions(dir.toPath(), PosixFilePermissions.fromString(mode))
    dir
}
def refused = { File build, File dir, String reason ->
    def log = NestedMaven.log(build)
    def warnings = log.readLines().findAll { it.startsWith('[WARNING] [devdrive] ') }
    assert warnings == ["[WARNING] [devdrive] Temp root ${dir.path} refused: ${reason}".toString()] : log
    assert log.contains('[INFO] [devdrive] Temp left as it is')
}

try {
    // 1. Owned by another user: refused, and the test runs with the usual temp dir.
    def foreign = userRoot(new File(basedir, 'foreign'), 'rwx------')
    assert NestedMaven.run(['chown', '-R', "${other}:${other}".toString(), foreign.path])[0] == 0
    def foreignBefore = NestedMaven.snapshot(foreign)
    def build = maven.sample('build-foreign')
    def seen = new File(build, 'seen.properties')
    assert maven.run(build, ['test', "-Ddevdrive.tmpRoot=${foreign.parent}", '-Drel.id=foreign', '-Drel.tidy=true',
                             "-Drel.report=${seen}"].collect { it.toString() }) == 0 : NestedMaven.log(build)
    def me = System.getProperty('user.name')
    refused(build, foreign, "it is owned by ${other}, not by the current user ${me}; have it removed (the extension"
            + " then makes one of yours) or given to ${me} (chown ${me} ${foreign.path}), or set devdrive.tmpRoot to a"
            + " directory of your own")
    assert NestedMaven.report(seen)['java.io.tmpdir'] == System.getProperty('java.io.tmpdir')
    assert NestedMaven.snapshot(foreign) == foreignBefore
    assert Files.getOwner(foreign.toPath()).name == other

    // 2. Open to the group, 3. open to others (execute only is enough to reach a known name).
    ['rwxr-x---': 'group', 'rwx-----x': 'others'].each { mode, who ->
        def open = userRoot(new File(basedir, "open-to-${who}"), mode)
        def before = NestedMaven.snapshot(open)
        def validate = maven.sample("build-open-to-${who}")
        assert maven.run(validate, ['validate', "-Ddevdrive.tmpRoot=${open.parent}".toString()]) == 0 : NestedMaven.log(validate)
        refused(validate, open, "other users can access it (mode ${mode}); it must be rwx------ (chmod 700), which is not changed for you")
        assert NestedMaven.snapshot(open) == before
    }

    // 5. A parent another user owns (CERT FIO00-J): refused before anything is created in it; the build goes on.
    def theirs = new File(basedir, 'theirs')
    theirs.mkdirs()
    assert NestedMaven.run(['chown', "${other}:${other}".toString(), theirs.path])[0] == 0
    def below = maven.sample('build-below-theirs')
    def seenBelow = new File(below, 'seen.properties')
    assert maven.run(below, ['test', "-Ddevdrive.tmpRoot=${theirs}", '-Drel.id=below', '-Drel.tidy=true',
                             "-Drel.report=${seenBelow}"].collect { it.toString() }) == 0 : NestedMaven.log(below)
    refused(below, new File(theirs, user), "its parent directory ${theirs.path} is owned by ${other}, who could move"
            + " the root away and put a link in its place; every directory above the root must belong to you, root or"
            + " the project's owner: set devdrive.tmpRoot to a directory of your own below such directories")
    assert theirs.list().length == 0 : 'nothing may be created in a directory another user controls'
    assert NestedMaven.report(seenBelow)['java.io.tmpdir'] == System.getProperty('java.io.tmpdir')

    // 4. Created by the extension with umask 000: every directory is 0700 and the other user cannot get in.
    def fresh = new File(basedir, 'fresh')
    fresh.mkdirs()
    Files.setPosixFilePermissions(fresh.toPath(), PosixFilePermissions.fromString('rwxr-xr-x'))
    def created = maven.sample('build-created')
    def seenCreated = new File(created, 'seen.properties')
    assert maven.run(created, ['test', "-Ddevdrive.tmpRoot=${fresh}", '-Ddevdrive.keep=true', '-Drel.id=created',
                               "-Drel.report=${seenCreated}"].collect { it.toString() }, '000') == 0 : NestedMaven.log(created)
    def report = NestedMaven.report(seenCreated)
    def fork = new File(report['java.io.tmpdir'])
    def chain = [fork, fork.parentFile, fork.parentFile.parentFile, new File(fresh, user)]
    assert chain[2].parentFile == chain[3].canonicalFile
    chain.each { assert NestedMaven.mode(it) == 'rwx------' : "${it} is ${NestedMaven.mode(it)}" }
    def (listParent, parentOutput) = asOther(['ls', fresh.path])
    if (listParent != 0) {
        println "rel-foreign-root: SKIPPED the access checks as ${other}: it cannot reach ${fresh} at all: ${parentOutput}"
    } else {
        chain.each { dir ->
            assert asOther(['ls', dir.path])[0] != 0 : "${other} can list ${dir}"
            assert asOther(['touch', new File(dir, 'planted').path])[0] != 0 : "${other} can create files in ${dir}"
        }
        assert asOther(['cat', new File(report.files.split(',')[0]).path])[0] != 0
    }
    chain[2].deleteDir()

    // 6. A parent writable by a group nobody else is in: used; once another account joins the group: refused.
    def group = 'devdrive-relg'
    NestedMaven.run(['groupdel', group])
    def (groupAdded, groupOutput) = NestedMaven.run(['groupadd', group])
    if (groupAdded != 0) {
        println "rel-foreign-root: SKIPPED the group case: groupadd ${group} failed (${groupAdded}): ${groupOutput}"
    } else {
        try {
            def share = new File(basedir, 'share')
            share.mkdirs()
            assert NestedMaven.run(['chown', "root:${group}".toString(), share.path])[0] == 0
            Files.setPosixFilePermissions(share.toPath(), PosixFilePermissions.fromString('rwxrwxr-x'))
            def alone = maven.sample('build-group-alone')
            def seenAlone = new File(alone, 'seen.properties')
            assert maven.run(alone, ['test', "-Ddevdrive.tmpRoot=${share}", '-Drel.id=alone',
                                     "-Drel.report=${seenAlone}"].collect { it.toString() }) == 0 : NestedMaven.log(alone)
            assert NestedMaven.report(seenAlone)['java.io.tmpdir'].startsWith(new File(share, user).canonicalPath)

            assert NestedMaven.run(['usermod', '-aG', group, other])[0] == 0
            def joined = maven.sample('build-group-joined')
            def seenJoined = new File(joined, 'seen.properties')
            assert maven.run(joined, ['test', "-Ddevdrive.tmpRoot=${share}", '-Drel.id=joined', '-Drel.tidy=true',
                                      "-Drel.report=${seenJoined}"].collect { it.toString() }) == 0 : NestedMaven.log(joined)
            assert NestedMaven.report(seenJoined)['java.io.tmpdir'] == System.getProperty('java.io.tmpdir')
            refused(joined, new File(share, user), "its parent directory ${share.path} is writable through its group"
                    + " ${group} and other accounts can write through it (${other}), without the sticky bit, so they"
                    + " could move the root away and put a link in its place; make it writable by its owner only"
                    + " (chmod g-w ${share.path}) or sticky (chmod +t ${share.path}), or set devdrive.tmpRoot to a"
                    + " directory of your own elsewhere")
        } finally {
            NestedMaven.run(['gpasswd', '-d', other, group])
            NestedMaven.run(['groupdel', group])
        }
    }
} finally {
    if (createdUser) {
        NestedMaven.run(['userdel', other])
    }
}
return true
