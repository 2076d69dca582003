def log = new File(basedir, 'build.log').text
assert log.contains("Invalid value 'xml' for property devdrive.format: expected one of text, json")
assert log.contains("Invalid value 'fast' for property devdrive.mode")
assert log.contains('expected one of auto, same-volume, off')
assert !log.contains('BUILD SUCCESS')
