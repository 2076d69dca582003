def log = new File(basedir, 'build.log').text
assert log.contains('devdrive-maven-plugin')
assert log.contains('BUILD SUCCESS')
