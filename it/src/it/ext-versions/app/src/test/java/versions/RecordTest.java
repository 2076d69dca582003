package versions;

import org.junit.Test;

public class RecordTest {

    @Test
    public void records() throws Exception {
        Recorder.record();
    }
}
