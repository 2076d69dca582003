import groovy.json.JsonSlurper

/**
 * The report and the build must say the same about what they leave as the user set it: each execution the
 * build's listener planned (its DEBUG line "[devdrive] <plugin>:<goal> (<id>) in <module>: set [..]; left alone:
 * [..]") against the report's userChoices for the same project. Load it from a verify.groovy with:
 * new GroovyClassLoader(getClass().classLoader).parseClass(new File(itShared, 'ReportAgreement.groovy')).
 */
class ReportAgreement {

    static final Map<String, String> LABELS = [
        'maven-surefire-plugin': 'surefire',
        'maven-failsafe-plugin': 'failsafe',
        'maven-compiler-plugin': 'forked javac',
        'maven-invoker-plugin': 'invoker',
    ]

    /** The build's part of a build.log that the report's invocation continues: the extension logs in both. */
    static String buildPart(File buildLog) {
        def text = buildLog.text
        def start = '[INFO] Scanning for projects...'
        def second = text.indexOf(start, text.indexOf(start) + 1)
        second < 0 ? text : text.substring(0, second)
    }

    /**
     * What the build left alone, as "module | label (execution) | reasons", from its log at DEBUG. A build that
     * planned nothing (no DEBUG, or temp left as it is) would agree with any report that lists nothing, so it fails.
     */
    static Set<String> build(File buildLog) {
        def line = ~/\[devdrive\] (\S+):(\S+) \((\S+)\) in (\S+): set \[.*\]; left alone: \[(.*)\]$/
        def plans = buildLog.readLines().collect { line.matcher(it) }.findAll { it.find() }
        assert plans : "no plan in ${buildLog}: build with -Dorg.slf4j.simpleLogger.log.dev.devdrive=debug and redirected temp"
        plans.findAll { it.group(5) }.collect {
            "${it.group(4)} | ${LABELS[it.group(1)]} (${it.group(3)}) | ${it.group(5)}".toString()
        } as Set
    }

    /** The same from the report's JSON. */
    static Set<String> report(File reportJson) {
        new JsonSlurper().parse(reportJson).userChoices.collect {
            "${it.module} | ${it.execution} | ${it.leftAlone.join(', ')}".toString()
        } as Set
    }

    /** Fails with both sides when they differ; returns what they agree on. */
    static Set<String> check(File buildLog, File reportJson) {
        def built = build(buildLog)
        def reported = report(reportJson)
        assert reported == built : "report ${reported} but build ${built}"
        built
    }
}
