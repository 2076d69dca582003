// Mounts a small tmpfs for TMPDIR. Needs Linux and the right to mount (root or CAP_SYS_ADMIN); without them
// the IT still runs the report but skips the tmpfs assertions, saying why in skipped.txt and the log.
def dir = new File(basedir, 'tmpfs')
def skipped = new File(basedir, 'skipped.txt')
skipped.delete()
dir.mkdirs()

def run = { List<String> command ->
    def process = command.execute()
    def err = new StringBuilder()
    process.consumeProcessErrorStream(err)
    process.waitFor()
    [process.exitValue(), err.toString().trim()]
}

def mounted = { new File('/proc/self/mounts').with { it.exists() && it.text.contains(' ' + dir.canonicalPath + ' ') } }

try {
    if (mounted()) {
        run(['umount', dir.canonicalPath]) // left over from an interrupted run
    }
    def (code, err) = run(['mount', '-t', 'tmpfs', '-o', 'size=4m', 'tmpfs', dir.canonicalPath])
    if (code != 0) {
        skipped.text = "mount -t tmpfs failed with exit code ${code}: ${err}"
    }
} catch (IOException e) {
    skipped.text = "cannot run mount: ${e.message}"
}
if (skipped.exists()) {
    println "report-tmpfs: tmpfs assertions will be skipped: ${skipped.text}"
}
return true
