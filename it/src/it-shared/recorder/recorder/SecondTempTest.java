package recorder;

/** A second class, so that two forks each have a test to run. */
class SecondTempTest extends FirstTempTest {}
