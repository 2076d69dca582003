// Agreement as a property (issue 23): cases generated from factors (mode, where it is set, devdrive.tmpRoot, a
// refused root, -pl/-rf, one user-choice form per plugin, forkCount/reuseForks, two modules that share an
// artifactId, -T). Each case is one nested build, `verify` and then devdrive:report in the same invocation at DEBUG, and
// for every case: the report's decision (redirect, reason, first root, refused roots) is the one the build logged,
// the report's user choices are the ones the build's plans left alone, and every fork recorded the directory that
// decision implies (the user's own where a form sets it, a fork directory of its own module otherwise, the system
// temp dir when temp is left alone).
//
// The cases are pairwise (below): -Dagreement.cases=N (default 6, what .ci/run runs) or "all" (until every two levels
// of every two factors have met), and -Dagreement.seed=S, on the Maven command line that runs the ITs.
def NestedMaven = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'rel/NestedMaven.groovy'))
def ReportAgreement = new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ReportAgreement.groovy'))
def maven = NestedMaven.newInstance(binding)
def recorderDir = new File(itShared, 'recorder').canonicalPath
def user = NestedMaven.userDirectoryName()

// ---- the factors ------------------------------------------------------------------------------------------------
// A form: where it goes (module a's surefire or compiler, module b's failsafe or invoker, the environment), what the
// build says it leaves alone, and what the fork then sees.
def surefireForms = [
    [id: 'none'],
    [id: 'argLine-property', props: ['agree.argLine': '-Djava.io.tmpdir=MINE'], argLine: '${agree.argLine}',
     leftAlone: 'argLine already sets java.io.tmpdir', tmpdir: 'MINE'],
    // the property argLine is also the default of every other Surefire and Failsafe execution's argLine
    [id: 'argLine-late', props: ['argLine': '-Djava.io.tmpdir=MINE'], argLine: '@{argLine}',
     leftAlone: 'argLine already sets java.io.tmpdir', tmpdir: 'MINE', defaultArgLine: true],
    [id: 'tool-options-inherited', env: [JAVA_TOOL_OPTIONS: '-Djava.io.tmpdir=MINE'],
     leftAlone: 'JAVA_TOOL_OPTIONS of Maven\'s environment sets java.io.tmpdir', tmpdir: 'MINE', everyFork: true],
    [id: 'argLine', argLine: '-Djava.io.tmpdir=MINE', leftAlone: 'argLine already sets java.io.tmpdir', tmpdir: 'MINE'],
    [id: 'options-file', argLine: '@OPTIONS', leftAlone: 'argLine names a JVM options file, which may set java.io.tmpdir',
     tmpdir: 'MINE'],
    [id: 'system-property', xml: '<systemPropertyVariables><java.io.tmpdir>MINE</java.io.tmpdir></systemPropertyVariables>',
     leftAlone: 'systemPropertyVariables sets java.io.tmpdir', tmpdir: 'MINE'],
    [id: 'tool-options-variable', xml: '<environmentVariables><JAVA_TOOL_OPTIONS>-Djava.io.tmpdir=MINE</JAVA_TOOL_OPTIONS></environmentVariables>',
     leftAlone: 'environmentVariables JAVA_TOOL_OPTIONS sets java.io.tmpdir', tmpdir: 'MINE'],
    [id: 'tmp-variable', xml: '<environmentVariables><TMPDIR>MINE</TMPDIR></environmentVariables>',
     leftAlone: 'environmentVariables sets TMPDIR', envTMPDIR: 'MINE'],
    [id: 'tmp-excluded', xml: '<excludedEnvironmentVariables><excludedEnvironmentVariable>TMPDIR</excludedEnvironmentVariable></excludedEnvironmentVariables>',
     leftAlone: 'excludedEnvironmentVariables excludes TMPDIR', envTMPDIR: ''],
]
def failsafeForms = [
    [id: 'none'],
    [id: 'argLine', argLine: '-Djava.io.tmpdir=MINE', leftAlone: 'argLine already sets java.io.tmpdir', tmpdir: 'MINE'],
    [id: 'system-property', xml: '<systemPropertyVariables><java.io.tmpdir>MINE</java.io.tmpdir></systemPropertyVariables>',
     leftAlone: 'systemPropertyVariables sets java.io.tmpdir', tmpdir: 'MINE'],
]
def compilerForms = [
    [id: 'in-process'],
    [id: 'forked', fork: true],
    [id: 'compilerArgs', fork: true, xml: '<compilerArgs><arg>-J-Djava.io.tmpdir=MINE</arg></compilerArgs>',
     leftAlone: 'compilerArgs already sets -J-Djava.io.tmpdir'],
    [id: 'compilerArgument', fork: true, xml: '<compilerArgument>-J-Djava.io.tmpdir=MINE</compilerArgument>',
     leftAlone: 'compilerArgument sets -J-Djava.io.tmpdir'],
    [id: 'compilerArguments', fork: true, xml: '<compilerArguments><J-Djava.io.tmpdir>MINE</J-Djava.io.tmpdir></compilerArguments>',
     leftAlone: 'compilerArguments sets -J-Djava.io.tmpdir'],
]
def invokerForms = [
    [id: 'none'],
    [id: 'mavenOpts', xml: '<mavenOpts>-Djava.io.tmpdir=MINE</mavenOpts>', leftAlone: 'mavenOpts already sets java.io.tmpdir'],
    [id: 'maven-opts-variable', xml: '<environmentVariables><MAVEN_OPTS>-Xmx256m</MAVEN_OPTS></environmentVariables>',
     leftAlone: 'environmentVariables sets MAVEN_OPTS'],
    [id: 'tmp-variable', xml: '<environmentVariables><TMP>MINE</TMP></environmentVariables>',
     leftAlone: 'environmentVariables sets TMP'],
]
def factors = [
    mode     : ['same-volume', 'auto', 'same-volume', 'off'],
    setIn    : ['cli', 'top-pom', 'maven.config'],
    tmpRoot  : [false, true],
    // one-module: module b's own root in its build directory is refused, the others are not
    refused  : ['none', 'mode-0755', 'none', 'world-writable-parent', 'one-module'],
    selection: ['all', '-pl b', '-rf b', '-pl a'],
    surefire : surefireForms,
    failsafe : failsafeForms,
    compiler : compilerForms,
    invoker  : invokerForms,
    forks    : ['forkCount=1', 'forkCount=2', 'reuseForks=false', 'forkCount=0'],
    sameName : [true, false],
    threads  : ['-T 1', '-T 2'],
]
// The first cases fix these levels, so that the cases .ci/run runs include them: a refused root where the build would
// redirect (the report must show it refused), the top-level POM's settings when -pl leaves that POM out, two
// same-named modules testing at once, one module's own root refused while the other redirects.
def firstCases = [
    [mode: 'same-volume', refused: 'mode-0755', selection: 'all'],
    [mode: 'same-volume', refused: 'world-writable-parent', tmpRoot: true],
    [mode: 'same-volume', refused: 'none', selection: '-pl b', setIn: 'top-pom', tmpRoot: true],
    [mode: 'same-volume', refused: 'none', selection: 'all', sameName: true, threads: '-T 2', forks: 'forkCount=2'],
    [mode: 'same-volume', refused: 'one-module', tmpRoot: false, selection: 'all', forks: 'forkCount=1'],
]

// ---- the cases --------------------------------------------------------------------------------------------------
// Pairwise: every two levels of every two factors meet in some case. Greedy, from a fixed seed: each case is the best
// of 60 random candidates (each seeded with a pair not yet met) by the number of unmet pairs it meets, so the first
// cases meet the most. "all" runs until every pair has met.
def seed = Long.getLong('agreement.seed', 23L)
def random = new Random(seed)
def names = factors.keySet() as List
def pairsOf = { List<Integer> levels ->
    def pairs = []
    for (int x = 0; x < names.size(); x++) {
        for (int y = x + 1; y < names.size(); y++) {
            pairs << "${x}:${levels[x]}|${y}:${levels[y]}".toString()
        }
    }
    pairs
}
def unmet = [] as Set
for (int x = 0; x < names.size(); x++) {
    for (int y = x + 1; y < names.size(); y++) {
        for (int a = 0; a < factors[names[x]].size(); a++) {
            for (int b = 0; b < factors[names[y]].size(); b++) {
                unmet << "${x}:${a}|${y}:${b}".toString()
            }
        }
    }
}
// Surefire refuses forkCount=0 in a parallel build ("parallel maven execution is not compatible with surefire
// forkCount 0"), with or without the extension: that pair is no case
def fx = names.indexOf('forks')
def tx = names.indexOf('threads')
def inProcess = factors.forks.indexOf('forkCount=0')
def parallel = factors.threads.indexOf('-T 2')
def possible = { List<Integer> levels ->
    if (levels[fx] == inProcess) {
        levels[tx] = factors.threads.indexOf('-T 1')
    }
    levels
}
unmet.remove("${Math.min(fx, tx)}:${fx < tx ? inProcess : parallel}|${Math.max(fx, tx)}:${fx < tx ? parallel : inProcess}".toString())
def allPairs = unmet.size()
def wanted = System.getProperty('agreement.cases', '6')
def limit = wanted == 'all' ? Integer.MAX_VALUE : wanted as int
def picked = []
while (!unmet.isEmpty() && picked.size() < limit) {
    def sortedUnmet = unmet.sort()
    def best = null
    def bestScore = -1
    60.times {
        def levels = names.collect { random.nextInt(factors[it].size()) }
        def (first, second) = sortedUnmet[random.nextInt(sortedUnmet.size())].split('\\|').collect { it.split(':')*.toInteger() }
        levels[first[0]] = first[1]
        levels[second[0]] = second[1]
        if (picked.size() < firstCases.size()) {
            firstCases[picked.size()].each { name, level -> levels[names.indexOf(name)] = factors[name].indexOf(level) }
        }
        possible(levels)
        def score = pairsOf(levels).count { it in unmet }
        if (score > bestScore) {
            best = levels
            bestScore = score
        }
    }
    unmet.removeAll(pairsOf(best))
    picked << best
}
def cases = picked.collect { levels -> (0..<names.size()).collectEntries { [names[it], factors[names[it]][levels[it]]] } }
def count = cases.size()
println "[agreement] ${count} cases (seed ${seed}) meet ${allPairs - unmet.size()} of the ${allPairs} pairs of levels"

// ---- one case's project -----------------------------------------------------------------------------------------
def xmlOf = { form, mine -> (form.xml ?: '').replace('MINE', mine) }
def argLineOf = { form, mine, optionsFile -> (form.argLine ?: '').replace('MINE', mine).replace('OPTIONS', optionsFile) }

def write = { File dir, Map c ->
    def mine = new File(dir, 'mine').canonicalPath
    new File(dir, 'mine').mkdirs()
    def optionsFile = new File(dir, 'jvm.options')
    optionsFile.text = "-Djava.io.tmpdir=${mine}\n"
    def devdriveProps = ["devdrive.mode": c.mode] + (c.tmpRoot ? ["devdrive.tmpRoot": '${project.basedir}/troot'] : [:])
    def topProps = c.setIn == 'top-pom' ? devdriveProps : [:]
    topProps += (c.surefire.props ?: [:]).collectEntries { k, v -> [k, v.replace('MINE', mine)] }
    new File(dir, '.mvn').mkdirs()
    new File(dir, '.mvn/extensions.xml').text = """<extensions><extension><groupId>dev.devdrive</groupId>
<artifactId>devdrive-maven-extension</artifactId><version>${maven.version}</version></extension></extensions>
"""
    if (c.setIn == 'maven.config') {
        // maven.config has no project: the root is named as the top-level POM's ${project.basedir} would be
        new File(dir, '.mvn/maven.config').text = devdriveProps.collect { k, v ->
            "-D${k}=${v.replace('${project.basedir}', dir.canonicalPath)}" }.join('\n') + '\n'
    }
    def recorderProperties = """<systemPropertyVariables>
              <fork>fork-\${surefire.forkNumber}</fork>
              <observed.dir>\${maven.multiModuleProjectDirectory}/observed</observed.dir>
              <observed.module>\${project.groupId}.\${project.artifactId}</observed.module>
              <recorder.tidy>true</recorder.tidy>
            </systemPropertyVariables>"""
    new File(dir, 'pom.xml').text = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>agree</groupId>
  <artifactId>agree</artifactId>
  <version>1.0</version>
  <packaging>pom</packaging>
  <modules><module>a</module><module>b</module></modules>
  <properties>
    <maven.compiler.release>17</maven.compiler.release>
    <project.build.sourceEncoding>UTF-8</project.build.sourceEncoding>
    ${topProps.collect { k, v -> "<${k}>${v}</${k}>" }.join('\n    ')}
  </properties>
  <dependencies>
    <dependency><groupId>org.junit.jupiter</groupId><artifactId>junit-jupiter</artifactId><version>5.14.4</version><scope>test</scope></dependency>
  </dependencies>
  <build>
    <testSourceDirectory>${recorderDir}</testSourceDirectory>
    <pluginManagement>
      <plugins>
        <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.14.1</version></plugin>
        <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.1</version></plugin>
        <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-jar-plugin</artifactId><version>3.4.1</version></plugin>
        <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId><version>3.5.4</version>
          <configuration>${recorderProperties}</configuration></plugin>
        <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-failsafe-plugin</artifactId><version>3.5.4</version>
          <configuration>${recorderProperties}</configuration></plugin>
      </plugins>
    </pluginManagement>
  </build>
</project>
"""
    def aSurefireArgLine = argLineOf(c.surefire, mine, optionsFile.canonicalPath)
    def moduleA = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>agree</groupId><artifactId>agree</artifactId><version>1.0</version></parent>
  <groupId>agree.server</groupId>
  <artifactId>core</artifactId>
  <build>
    <plugins>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId>
        <configuration>${c.compiler.fork ? '<fork>true</fork>' : ''}${xmlOf(c.compiler, mine)}</configuration></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId>
        <configuration>${aSurefireArgLine ? "<argLine>${aSurefireArgLine}</argLine>" : ''}${xmlOf(c.surefire, mine)}</configuration></plugin>
    </plugins>
  </build>
</project>
"""
    def bFailsafeArgLine = argLineOf(c.failsafe, mine, optionsFile.canonicalPath)
    def moduleB = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent><groupId>agree</groupId><artifactId>agree</artifactId><version>1.0</version></parent>
  <groupId>agree.client</groupId>
  <artifactId>${c.sameName ? 'core' : 'web'}</artifactId>
  <build>
    <plugins>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-failsafe-plugin</artifactId>
        <configuration>${bFailsafeArgLine ? "<argLine>${bFailsafeArgLine}</argLine>" : ''}${xmlOf(c.failsafe, mine)}</configuration>
        <executions><execution><goals><goal>integration-test</goal><goal>verify</goal></goals></execution></executions></plugin>
      <plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-invoker-plugin</artifactId><version>3.10.1</version>
        <configuration><projectsDirectory>src/it</projectsDirectory>${xmlOf(c.invoker, mine)}</configuration>
        <executions><execution><goals><goal>run</goal></goals></execution></executions></plugin>
    </plugins>
  </build>
</project>
"""
    new File(dir, 'a').mkdirs()
    new File(dir, 'a/pom.xml').text = moduleA
    new File(dir, 'b').mkdirs()
    new File(dir, 'b/pom.xml').text = moduleB
    if (c.tmpRoot) {
        def troot = new File(dir, 'troot')
        troot.mkdirs()
        if (c.refused == 'mode-0755') {
            new File(troot, user).mkdirs()
            NestedMaven.run(['chmod', '755', new File(troot, user).path])
        } else if (c.refused == 'world-writable-parent') {
            NestedMaven.run(['chmod', '777', troot.path])
        }
    } else if (c.refused == 'mode-0755') {
        new File(dir, 'target/devdrive-tmp').mkdirs()
        NestedMaven.run(['chmod', '755', new File(dir, 'target/devdrive-tmp').path])
    } else if (c.refused == 'world-writable-parent') {
        new File(dir, 'target').mkdirs()
        NestedMaven.run(['chmod', '777', new File(dir, 'target').path])
    } else if (c.refused == 'one-module') {
        new File(dir, 'b/target/devdrive-tmp').mkdirs()
        NestedMaven.run(['chmod', '755', new File(dir, 'b/target/devdrive-tmp').path])
    }
    mine
}

// ---- the build's own words, from its DEBUG line ------------------------------------------------------------------
def decisionLine = ~/\[devdrive\] TempRootDecision\[redirect=(true|false), mode=\w+, rootCandidates=\[(.*)\], reason=(.*), warning=(?:true|false)(?:, refusedRoots=\[(.*)\])?\]$/

def failures = []
cases.eachWithIndex { c, i ->
    def name = "case-${i}"
    def label = "${name} ${c.collectEntries { k, v -> [k, v instanceof Map ? v.id : v] }}"
    println "[agreement] ${label}"
    def dir = new File(basedir, name)
    dir.deleteDir()
    dir.mkdirs()
    def mine = write(dir, c)
    def report = new File(dir, 'agreement.json')
    def args = (c.selection == 'all' ? [] : c.selection.split(' ') as List) + (c.threads.split(' ') as List)
    args += ['verify', "dev.devdrive:devdrive-maven-plugin:${maven.version}:report".toString(),
             '-Ddevdrive.format=json', "-Ddevdrive.output=${report.canonicalPath}".toString(),
             '-Dorg.slf4j.simpleLogger.log.dev.devdrive=debug', "-D${c.forks}".toString()]
    if (c.setIn == 'cli') {
        args << "-Ddevdrive.mode=${c.mode}".toString()
        if (c.tmpRoot) {
            args << "-Ddevdrive.tmpRoot=${new File(dir, 'troot').canonicalPath}".toString()
        }
    }
    def env = (c.surefire.env ?: [:]).collectEntries { k, v -> [k, v.replace('MINE', mine)] }
    try {
        def status = maven.run(dir, args, null, env)
        def log = new File(dir, 'build.log')
        assert status == 0 : "the build failed:\n${log.text.readLines().findAll { it.contains('ERROR') }.take(20).join('\n')}"
        def json = new groovy.json.JsonSlurper().parse(report)
        def lines = log.readLines().collect { decisionLine.matcher(it) }.findAll { it.find() }
        assert lines.size() == 1 : "the build logged ${lines.size()} decisions"
        def built = lines[0]
        def redirect = built.group(1) == 'true'
        def firstRoot = built.group(2) ? built.group(2).split(', ')[0] - ' (each module in its own build directory)' : null
        def refused = (json.decision.refusedRoots ?: []).collect { "${it.path} refused: ${it.reason}".toString() }
        assert json.decision.redirect == redirect : 'redirect'
        assert json.decision.reason == built.group(3) : 'reason'
        assert json.decision.root == firstRoot : 'first root'
        assert refused.join(', ') == (built.group(4) ?: '') : 'refused roots'
        def redirecting = c.mode != 'off' && !(c.mode == 'auto' && !c.tmpRoot)
        def oneModule = c.refused == 'one-module' && !c.tmpRoot
        def refusing = redirecting && (c.refused in ['mode-0755', 'world-writable-parent']
                || oneModule && c.selection != '-pl a')
        assert refused.isEmpty() == !refusing : "a refused root was ${refusing ? 'expected' : 'not expected'}: ${refused}"
        if (redirect) {
            def agreed = ReportAgreement.check(log, report)
            // and each form is among them, under its plugin (a fork that does not start plans nothing)
            def forked = c.forks != 'forkCount=0'
            [[c.surefire, 'surefire (', forked && c.selection in ['all', '-pl a']],
             [c.failsafe, 'failsafe (', forked && c.selection != '-pl a'],
             [c.compiler, 'forked javac (', c.selection in ['all', '-pl a']],
             [c.invoker, 'invoker (', c.selection != '-pl a']].each { form, plugin, runs ->
                if (form.leftAlone && runs) {
                    assert agreed.any { it.contains(plugin) && it.contains(form.leftAlone) } :
                            "${plugin}: '${form.leftAlone}' not among ${agreed}"
                }
            }
        }
        // what every fork recorded
        def observed = new File(dir, 'observed')
        def records = observed.exists() ? observed.listFiles().findAll { it.name.endsWith('.properties') } : []
        def modules = [(c.selection in ['-pl b', '-rf b']) ? null : 'agree.server.core',
                       c.selection == '-pl a' ? null : "agree.client.${c.sameName ? 'core' : 'web'}"].findAll()
        def expectedRecords = modules.collectMany { m -> m.startsWith('agree.server') ? ["${m}-FirstTempTest", "${m}-SecondTempTest"] : ["${m}-FirstTempTest", "${m}-SecondTempTest", "${m}-TempRecorderIT"] }
        assert records*.name.collect { it - '.properties' }.sort() == expectedRecords*.toString().sort() : 'records'
        def forkDirectories = [:]
        records.each { file ->
            def p = NestedMaven.report(file)
            def recordName = file.name - '.properties'
            def module = recordName.substring(0, recordName.lastIndexOf('-'))
            def failsafe = recordName.endsWith('IT')
            def form = module.startsWith('agree.server') ? c.surefire : (failsafe ? c.failsafe : [id: 'none'])
            def ownArgLine = module.startsWith('agree.server') || (failsafe && c.failsafe.argLine)
            def everyFork = c.surefire.everyFork || (c.surefire.defaultArgLine && !ownArgLine) ? c.surefire : null
            def chosen = everyFork ?: form
            def tmpdir = p['java.io.tmpdir']
            if (chosen.tmpdir && c.forks != 'forkCount=0') {
                assert tmpdir == mine : "${recordName}: the user's java.io.tmpdir, got ${tmpdir}"
            } else if (redirect && c.forks != 'forkCount=0' && !(oneModule && module.startsWith('agree.client'))) {
                def root = firstRoot.endsWith('devdrive-tmp') && !c.tmpRoot
                        ? new File(dir, "${module.startsWith('agree.server') ? 'a' : 'b'}/target/devdrive-tmp").canonicalPath
                        : firstRoot
                def m = tmpdir =~ /^\Q${root}\E\/(b-[a-z0-9]{8})\/([^\/]+)\/fork-\d+$/
                assert m.matches() : "${recordName}: ${tmpdir} is not a fork directory under ${root}"
                forkDirectories[m.group(2)] = (forkDirectories[m.group(2)] ?: [] as Set) + module
                assert p['tmpdir.existed'] == 'true' : "${recordName}: ${tmpdir} did not exist"
            } else {
                assert !tmpdir.contains('devdrive-tmp') : "${recordName}: temp left as it is, yet ${tmpdir}"
            }
            if (form.containsKey('envTMPDIR') && c.forks != 'forkCount=0' && !failsafe) {
                assert p['env.TMPDIR'] == form.envTMPDIR.replace('MINE', mine) : "${recordName}: TMPDIR ${p['env.TMPDIR']}"
            }
        }
        forkDirectories.each { directory, owners ->
            assert owners.size() == 1 : "modules ${owners} share the module directory ${directory}"
        }
        println "[agreement] ${name}: agreed (redirect ${redirect}, ${refused.size()} refused, ${records.size()} records)"
    } catch (AssertionError e) {
        failures << "${label}: ${e.message.readLines().take(12).join('\n')}"
        println "[agreement] ${name}: DISAGREES: ${e.message.readLines().take(12).join('\n')}"
    }
}
assert failures.isEmpty() : "${failures.size()} of ${count} cases disagree:\n${failures.join('\n\n')}"
true
