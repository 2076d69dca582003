// Each fork recorded its java.io.tmpdir, its TMP, the module it tested and when it started and recorded. Modules
// that share an artifactId must still have directories of their own: no directory (module or fork) is ever given
// to two modules, whether or not they ran at once, so no test can see another module's files.
def sep = File.separator
def root = new File(basedir, 'tmp-root/' + System.getProperty('user.name').replaceAll(/[^A-Za-z0-9._-]/, '_')).canonicalPath
def modules = ['server.core', 'client.core', 'server.web', 'client.web'].collect { "dev.devdrive.it.${it}".toString() }
def tests = ['FirstTempTest', 'SecondTempTest']
def observedDir = new File(basedir, 'observed')
assert observedDir.list().sort() == modules.collectMany { m -> tests.collect { "${m}-${it}.properties".toString() } }.sort()

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def records = modules.collectMany { module ->
    tests.collect { test ->
        def p = new Properties()
        new File(observedDir, "${module}-${test}.properties").withInputStream { p.load(it) }
        def tmpdir = p['java.io.tmpdir']
        def m = tmpdir =~ /^\Q${root}${sep}\E(b-[a-z0-9]{8})\Q${sep}\E([^\Q${sep}\E]+)\Q${sep}\E(fork-\d+)$/
        assert m.matches() : "${module} ${test}: java.io.tmpdir ${tmpdir} is not a fork directory of the build"
        assert p['tmpdir.existed'] == 'true' : "${module} ${test}: ${tmpdir} did not exist when the test started"
        def moduleDir = tmpdir.substring(0, tmpdir.lastIndexOf(sep))
        assert p['env.TMP'] == moduleDir : "${module} ${test}: TMP ${p['env.TMP']} is not its module's ${moduleDir}"
        [module: module, test: test, moduleDir: moduleDir, tmpdir: tmpdir, pid: p['pid'],
         from: p['forkStarted'] as long, to: p['recorded'] as long]
    }
}
def dirsByModule = records.groupBy { it.module }.collectEntries { module, rs -> [module, rs*.moduleDir as Set] }
dirsByModule.each { module, dirs -> assert dirs.size() == 1 : "${module} got more than one module directory: ${dirs}" }
def owners = dirsByModule.groupBy { module, dirs -> dirs.first() }
owners.each { dir, byModule -> assert byModule.size() == 1 : "${byModule.keySet()} share the module directory ${dir}" }
def forkOwners = records.groupBy { it.tmpdir }.collectEntries { dir, rs -> [dir, rs*.module as Set] }
forkOwners.each { dir, owner -> assert owner.size() == 1 : "${owner} share the fork directory ${dir}" }

def forks = records.groupBy { it.pid }.values().collect { rs -> [module: rs[0].module, from: rs*.from.min(), to: rs*.to.max()] }
def atOnce = forks.findAll { x -> forks.any { y -> !x.is(y) && x.module != y.module && x.from <= y.to && y.from <= x.to } }
println "module directories: ${dirsByModule.collectEntries { k, v -> [k, v.first().substring(root.length())] }}; forks of different modules that ran at once: ${atOnce*.module}"
true
