import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/** Like TmpdirProbe, but the property is changed before any temp file was made in this JVM. */
public final class FreshProbe {

    public static void main(String[] args) throws Exception {
        String started = System.getProperty("java.io.tmpdir");
        System.setProperty("java.io.tmpdir", args[0]);
        for (Path file : new Path[] {File.createTempFile("probe", ".tmp").toPath(), Files.createTempFile("probe", ".tmp")}) {
            System.out.println(Runtime.version().feature() + "  first use after a change: "
                    + (file.getParent().equals(Path.of(args[0])) ? "the new value" : "the value at start (" + started + ")"));
            Files.delete(file);
        }
    }
}
