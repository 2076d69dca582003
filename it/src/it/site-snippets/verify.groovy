// Keeps the documentation site (src/site) true to the code: every snippet and name the site shows is compared
// with its source here, so a change on either side that is not made on the other fails the build.
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

// 1. The extensions.xml snippet on the home page is the demo's file, naming the release users take (devdrive.release.version).
String index = text(site, 'index.md')
def xmlBlock = (index =~ /(?s)```xml\n(.*?)```/)
assert xmlBlock.find(): 'no ```xml block in index.md'
String demo = text(new File(repo, 'demo/sample/.mvn'), 'extensions.xml').replace('@project.version@', devdriveReleaseVersion)
assert xmlBlock.group(1) == demo: "index.md's extensions.xml snippet differs from demo/sample/.mvn/extensions.xml:\n${xmlBlock.group(1)}"

// 2. Every devdrive.* property the site names exists as a string literal in the main sources, and vice versa.
Pattern name = ~/(?<![\w.-])devdrive\.[a-z][A-Za-z]*/
Set<String> onSite = new TreeSet()
site.eachFile { f -> if (f.name.endsWith('.md')) { (f.getText('UTF-8') =~ name).each { onSite << it } } }
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
['"set in <properties> of the top-level pom.xml"', '"true or false"', '"the absolute path of an existing directory"',
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
assert codeIds.size() == 8
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

println "[site-snippets] ${onSite.size()} property names, ${siteRows.size()} table rows, ${siteIds.size()} recommendation ids, ${fields.size()} JSON fields checked"
