// A valid, empty, owner-only root: the invocations that name it together with another invalid property must
// leave it empty.
def root = new File(basedir, 'valid-root')
root.mkdirs()
try {
    java.nio.file.Files.setPosixFilePermissions(root.toPath(), java.nio.file.attribute.PosixFilePermissions.fromString('rwx------'))
} catch (UnsupportedOperationException e) {
    // not POSIX: the extension's own checks decide; emptiness is what this IT asserts
}
assert root.list().length == 0
return true
