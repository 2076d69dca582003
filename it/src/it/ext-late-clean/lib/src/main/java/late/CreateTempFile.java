package late;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Run by exec:java inside the Maven JVM after the aggregator's clean: what an in-process plugin does. */
public final class CreateTempFile {

    public static void main(String[] args) throws Exception {
        File temp = File.createTempFile("late-clean", ".txt");
        Files.delete(temp.toPath());
        Path ran = Path.of(args[0]);
        Files.createDirectories(ran.getParent());
        Files.writeString(ran, temp.getPath());
    }
}
