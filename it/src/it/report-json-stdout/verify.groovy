import groovy.json.JsonSlurper

// build.log holds both runs' standard output and error, in order.
def lines = new File(basedir, 'build.log').readLines()
def firstLogLine = lines.findIndexOf { it.startsWith('[') }
assert firstLogLine > 0 : 'the -q run printed no JSON before the second run began'

// Run 1, -q: nothing but the JSON, which parses.
def quiet = new JsonSlurper().parseText(lines.subList(0, firstLogLine).join('\n'))
assert quiet.schemaVersion == 1
assert quiet.locations.find { it.name == 'project' }.realPath == basedir.canonicalPath
assert !quiet.measurement.places.isEmpty() && quiet.measurement.places.every { it.files > 0 && it.problem == '' } : quiet.measurement

// Run 2: the same JSON on lines of its own, from a line "{" to a line "}", no log prefix inside.
def second = lines.subList(firstLogLine, lines.size())
def start = second.indexOf('{')
def end = second.indexOf('}')
assert start > 0 && end > start : 'no JSON object on lines of its own in the second run'
def json = second.subList(start, end + 1)
assert json.every { !it.startsWith('[INFO]') && !it.startsWith('[WARNING]') }
def logged = new JsonSlurper().parseText(json.join('\n'))
assert logged.keySet() + 'measurement' == quiet.keySet()
assert second.any { it.contains('BUILD SUCCESS') }
true
