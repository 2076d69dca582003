package sample;

import java.io.RandomAccessFile;
import java.util.concurrent.TimeUnit;

/** A child process that holds the file it is given open for three minutes, then exits. */
public final class Holder {

    private Holder() {}

    public static void main(String[] args) throws Exception {
        try (RandomAccessFile file = new RandomAccessFile(args[0], "rw")) {
            file.writeBytes("held by " + ProcessHandle.current().pid());
            TimeUnit.MINUTES.sleep(3);
        }
    }
}
