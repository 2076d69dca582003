// Keeps the documentation site (src/site) true to the code: every snippet and name the site shows is compared
// with its source here, so a change on either side that is not made on the other fails the build.
import groovy.json.JsonSlurper
import java.util.regex.Pattern

// it/target/it/site-snippets (or it/target/it-maven-*/site-snippets) -> the repository root
File repo = new File(basedir, '../../../..').canonicalFile
assert new File(repo, 'src/site/site.xml').isFile(): "no src/site/site.xml in ${repo}"
File site = new File(repo, 'src/site/markdown')
def text = { File dir, String name -> new File(dir, name).getText('UTF-8').replace('\r\n', '\n') }
def sources = { String module ->
    def files = []
    new File(repo, "${module}/src/main/java").eachFileRecurse { if (it.name.endsWith('.java')) files << it }
    files.sort()
}
String log = new File(basedir, 'build.log').getText('UTF-8')

// 1. The extensions.xml snippet on the home page is the demo's file, naming the release ($release: the POM's
//    published.version, which .ci/check-release-coordinates checks); both take the version when built.
String index = text(site, 'index.md.vm')
def xmlBlock = (index =~ /(?s)```xml\n(.*?)```/)
assert xmlBlock.find(): 'no ```xml block in index.md.vm'
String demo = text(new File(repo, 'demo/sample/.mvn'), 'extensions.xml').replace('@project.version@', '${release}')
assert xmlBlock.group(1) == demo: "index.md.vm's extensions.xml snippet differs from demo/sample/.mvn/extensions.xml:\n${xmlBlock.group(1)}"
// No page names a version by hand (the Benchmarks page records the version it measured).
site.eachFile { f ->
    if (f.name != 'benchmarks.md') {
        assert !f.getText('UTF-8').contains(devdriveVersion): "${f.name} names the version ${devdriveVersion}: use \${project.version} in a .md.vm page, or leave the version out"
    }
}

// 2. Every devdrive.* property the site names exists as a string literal in the main sources, and vice versa.
Pattern name = ~/(?<![\w.-])devdrive\.[a-z][A-Za-z]*/
Set<String> onSite = new TreeSet()
site.eachFile { f -> if (f.name.endsWith('.md') || f.name.endsWith('.md.vm')) { (f.getText('UTF-8') =~ name).each { onSite << it } } }
Set<String> inCode = new TreeSet()
(sources('extension') + sources('mojo')).each { f ->
    (f.getText('UTF-8') =~ /"(?:[^"\\]|\\.)*"/).each { literal -> (literal =~ name).each { inCode << it } }
}
assert onSite == inCode: "devdrive.* names on the site ${onSite} differ from those in the code ${inCode}"

// 3. The decision table on the usage page is TempRootPolicyTest's table, row for row.
String test = new File(repo, 'extension/src/test/java/dev/devdrive/maven/policy/TempRootPolicyTest.java').getText('UTF-8')
def csv = (test =~ /(?s)@CsvSource\(\{(.*?)\}\)\s*void decisionTable/)
assert csv.find(): 'no decisionTable @CsvSource in TempRootPolicyTest'
def testRows = (csv.group(1) =~ /"([^"]*)"/).collect { m ->
    def c = m[1].split(',')*.trim()
    [c[0], c[1].toLowerCase(), c[2] == 'true' ? 'yes' : 'no', c[3] == 'true' ? 'yes' : 'no', c[4]].join(' ')
}
def results = [
    'temp left as it is': 'keep',
    '`<volume root>/.devdrive-tmp/<user>`, else `<build directory>/devdrive-tmp`': 'volume',
    '`<build directory>/devdrive-tmp`': 'build',
    '`<devdrive.tmpRoot>/<user>`': 'explicit',
]
String usage = text(site, 'usage.md')
def siteRows = usage.readLines().findAll { it ==~ /\| `(auto|same-volume|off)` \|.*/ }.collect { line ->
    def c = line.split('\\|')*.trim().findAll { it }
    assert results.containsKey(c[4]): "unknown result '${c[4]}' in usage.md: ${line}"
    [c[0].replace('`', ''), c[1], c[2], c[3], results[c[4]]].join(' ')
}
assert testRows.size() == 24
assert siteRows == testRows: "usage.md's decision table differs from TempRootPolicyTest:\nsite ${siteRows}\ntest ${testRows}"

// 4. The error messages the usage page quotes are what the builds above printed.
def errors = log.readLines().findAll { it.startsWith('[ERROR] ') && it.contains("Invalid value '") }
String modeError = errors.find { it.contains("'sideways'") }
assert modeError: "the build with -Ddevdrive.mode=sideways printed no error:\n${log}"
assert usage.contains(modeError): "usage.md does not quote the real error line:\n${modeError}"
String formatError = errors.find { it.contains("'yaml'") }
assert formatError: "the report with -Ddevdrive.format=yaml printed no error:\n${log}"
String formatMessage = formatError.substring(formatError.indexOf("Invalid value '")).replace(' -> [Help 1]', '')
assert usage.contains("`${formatMessage}`"): "usage.md does not quote the real report error:\n${formatMessage}"
// the fragments the page quotes for the other properties and for a value in the POM
String config = text(new File(repo, 'extension/src/main/java/dev/devdrive/maven/config'), 'DevDriveConfig.java')
['"set in <properties> of the top-level pom.xml (the one Maven runs on), of a parent POM, or of"', '"true or false"', '"the absolute path of an existing directory"',
 '" (this one is empty)"', '" (this one is relative)"', '"this one does not exist"', '"this one is not a directory"'].each {
    assert config.contains(it): "DevDriveConfig.java no longer has ${it}"
    String quoted = it[1..-2].trim()
    assert usage.contains(quoted): "usage.md does not say ${quoted}"
}

// 5. The recommendation ids on the report page are Recommendations.java's, and each is an id in the code.
String report = text(site, 'report.md')
String recommendations = text(new File(repo, 'mojo/src/main/java/dev/devdrive/maven/report'), 'Recommendations.java')
Set<String> codeIds = new TreeSet((recommendations =~ /<td>\{@code ([a-z-]+)\}<\/td>/).collect { it[1] })
String recommendationSection = report.substring(report.indexOf('## Recommendations'))
Set<String> siteIds = new TreeSet((recommendationSection =~ /(?m)^\| `([a-z-]+)` \|/).collect { it[1] })
assert codeIds.size() == 9
assert siteIds == codeIds: "report.md's recommendation ids ${siteIds} differ from Recommendations.java's ${codeIds}"
String reportSources = sources('mojo').findAll { it.path.contains('/report/') }*.getText('UTF-8').join('\n')
codeIds.each { assert reportSources.contains("\"${it}\""): "no string literal \"${it}\" in the report package" }

// 6. Every JSON field the writer emits is named on the report page.
String writer = text(new File(repo, 'mojo/src/main/java/dev/devdrive/maven/report'), 'JsonReportWriter.java')
def fields = (writer =~ /json\.put\(\s*"([A-Za-z.]+)"/).collect { it[1] }.unique()
assert fields.size() > 20
fields.each { assert report.contains("`${it}`"): "report.md does not name the JSON field ${it}" }

// 7. The workflow job the CI page shows is, line for line, in .github/workflows/ci.yml.
String ci = text(site, 'ci.md')
String job = ci.substring(ci.indexOf("## This project's Windows job"))
def yamlBlock = (job =~ /(?s)```yaml\n(.*?)```/)
assert yamlBlock.find(): "no yaml block under This project's Windows job in ci.md"
String workflow = new File(repo, '.github/workflows/ci.yml').getText('UTF-8').replace('\r\n', '\n')
String indented = yamlBlock.group(1).readLines().collect { it.isEmpty() ? it : '  ' + it }.join('\n')
assert workflow.contains(indented): "ci.md's job is not a part of .github/workflows/ci.yml"

// 8. The reliability page is RELIABILITY.md with a line saying so.
String reliability = text(site, 'reliability.md')
String reference = text(repo, 'RELIABILITY.md')
String intro = reliability.substring(0, reliability.indexOf('\n\nThe fault and abuse suite'))
assert reliability == intro + reference.substring(reference.indexOf('\n\nThe fault and abuse suite')):
    'reliability.md is no longer RELIABILITY.md: copy it again'

// 9. The report page's "real output" has the shape of a real report: the JSON block names exactly the fields a real
// JSON report has, and the text block has the real table header and the real sections in their order.
def realJson = new JsonSlurper().parse(new File(basedir, 'target/report.json'))
Set<String> realKeys = new TreeSet()
def collectKeys
collectKeys = { node ->
    if (node instanceof Map) { node.each { k, v -> realKeys << k; collectKeys(v) } }
    else if (node instanceof List) { node.each { collectKeys(it) } }
}
collectKeys(realJson)
def jsonBlock = (report =~ /(?s)```json\n(.*?)```/)
assert jsonBlock.find(): 'no ```json block in report.md'
Set<String> shownKeys = new TreeSet((jsonBlock.group(1) =~ /"([A-Za-z]+)":/).collect { it[1] })
assert shownKeys == realKeys: "report.md's JSON shows fields ${shownKeys - realKeys} a real report lacks and lacks ${realKeys - shownKeys}"
def realText = new File(basedir, 'target/report.txt').getText('UTF-8').readLines()
def textBlock = (report.substring(report.indexOf('## Text')) =~ /(?s)```\n(.*?)```/)
assert textBlock.find(): 'no text block under ## Text in report.md'
def shownText = textBlock.group(1).readLines().collect { it.replaceFirst(/^\[INFO\] ?/, '') }
def headings = { lines ->
    lines.findAll { it ==~ /[A-Z][^ ].*/ && !(it =~ /\s{2}/) && !it.startsWith('devdrive report on') }*.replaceAll(/ \(.*/, '')
}
assert headings(shownText) == headings(realText): "report.md's text sections ${headings(shownText)} differ from a real report's ${headings(realText)}"
assert shownText.find { it.startsWith('location ') }.split(/\s+/) == realText.find { it.startsWith('location ') }.split(/\s+/)

// 10. Windows commands are written for their shell: ```powershell blocks (also valid in cmd unless a ```bat block
// follows with cmd's form), ```bat blocks, untagged blocks (any shell) and the workflows' PowerShell steps (yaml).
// Each rule names the syntax it enforces, and proves itself on a line it must reject and one it must accept.
def rules = [
    [shells: ['', 'powershell', 'yaml'], bad: /(?<!["'])-D(?!")[\w-]+\./,
     why: 'PowerShell splits an unquoted -Da.b=c at the first dot: write -D"a.b=c"',
     rejects: 'mvn verify -Ddevdrive.tmpRoot=D:\\tmp', accepts: 'mvn verify -D"devdrive.tmpRoot=D:\\tmp"'],
    [shells: ['', 'powershell', 'bat'], bad: /^\s*[A-Za-z_]+=/,
     why: 'NAME=value is valid in neither shell: cmd has set NAME=value, PowerShell $env:NAME = "value"',
     rejects: 'MAVEN_OPTS=-Djava.io.tmpdir=D:\\tmp', accepts: 'set MAVEN_OPTS=-Djava.io.tmpdir=D:\\tmp'],
    [shells: ['', 'powershell', 'bat'], bad: /^\s*setx\b(?! [A-Z_]+ "[^"]+"$)/,
     why: 'setx takes one name and one quoted value (setx NAME "value")',
     rejects: 'setx MAVEN_OPTS -Djava.io.tmpdir=D:\\tmp', accepts: 'setx MAVEN_OPTS "-Djava.io.tmpdir=D:\\tmp"'],
    [shells: ['', 'powershell', 'yaml'], bad: /^\s*set [A-Za-z_]+=/,
     why: 'set NAME=value is cmd; in PowerShell set is Set-Variable and changes no environment variable',
     rejects: 'set MAVEN_OPTS=-Xmx1g', accepts: '$env:MAVEN_OPTS = "-Xmx1g"'],
    [shells: ['', 'bat'], bad: ~'\\$env:', why: '$env:NAME is PowerShell; cmd writes %NAME%',
     rejects: 'echo $env:TEMP', accepts: 'echo %TEMP%'],
    [shells: ['powershell', 'yaml'], bad: /%[A-Za-z_]+%/, why: '%NAME% is cmd; PowerShell writes $env:NAME',
     rejects: 'echo %TEMP%', accepts: 'echo $env:TEMP'],
    [shells: ['', 'powershell', 'bat'], bad: /^-D\S*[A-Z]:\x5C/,
     why: 'a .mvn/jvm.config line with a drive letter: that file is committed and breaks every machine without the drive',
     rejects: '-Djava.io.tmpdir=D:\\tmp', accepts: '-Djava.io.tmpdir=/tmp'],
]
rules.each { rule ->
    assert rule.rejects =~ rule.bad: "rule '${rule.why}' does not reject its own example ${rule.rejects}"
    assert !(rule.accepts =~ rule.bad): "rule '${rule.why}' rejects its own good example ${rule.accepts}"
}
def windowsPages = ['windows.md', 'ci.md', 'faq.md', 'usage.md', 'index.md.vm', 'report.md']
def commandLines = []
windowsPages.each { page ->
    (text(site, page) =~ /(?s)```(\w*)\n(.*?)```/).each { m ->
        if (!(m[1] in ['xml', 'json'])) {
            m[2].readLines().findAll { !it.startsWith('[') && !it.trim().startsWith('#') }.each {
                commandLines << [page: page, shell: m[1], line: it]
            }
        }
    }
}
assert commandLines.any { it.shell == 'powershell' } && commandLines.any { it.shell == 'bat' }
def violations = []
commandLines.each { c ->
    rules.findAll { c.shell in it.shells && c.line =~ it.bad }.each { violations << "${c.page} (${c.shell ?: 'any shell'}): ${c.line.trim()}\n  ${it.why}" }
}
assert violations.isEmpty(): "Windows commands that their shell reads otherwise:\n${violations.join('\n')}"
// A second setx of the same variable replaces the first: every page sets it to the same value.
def setx = commandLines.collect { (it.line =~ /^\s*setx ([A-Z_]+) (.*)$/) }.findAll { it.find() }.groupBy { it.group(1) }
setx.each { variable, lines -> assert lines*.group(2).unique().size() == 1: "setx ${variable} with different values: ${lines*.group(0)}" }

println "[site-snippets] ${commandLines.size()} Windows command lines against ${rules.size()} syntax rules; ${onSite.size()} property names, ${siteRows.size()} table rows, ${siteIds.size()} recommendation ids, ${fields.size()} JSON fields checked"
