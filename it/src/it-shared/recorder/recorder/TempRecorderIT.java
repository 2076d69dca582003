package recorder;

/** The same recording, run by Failsafe. */
class TempRecorderIT extends FirstTempTest {}
