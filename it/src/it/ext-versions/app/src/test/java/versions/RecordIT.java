package versions;

import org.junit.Test;

public class RecordIT {

    @Test
    public void records() throws Exception {
        Recorder.record();
    }
}
