import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a JVM's temp files go when java.io.tmpdir is changed while it runs, as the extension once did for the
 * Maven JVM. Argument: the directory to set. Prints one line per way of making a temp file.
 */
public final class TmpdirProbe {

    public static void main(String[] args) throws Exception {
        String started = System.getProperty("java.io.tmpdir");
        // first use before the change, as a plugin of an earlier build in a daemon would
        File early = File.createTempFile("probe", ".tmp");
        early.delete();
        System.setProperty("java.io.tmpdir", args[0]);
        report("File.createTempFile after a use and a change", File.createTempFile("probe", ".tmp").toPath(), started, args[0]);
        report("Files.createTempFile after a change", Files.createTempFile("probe", ".tmp"), started, args[0]);
    }

    private static void report(String what, Path file, String started, String set) throws Exception {
        String where = file.getParent().toString().equals(Path.of(set).toString()) ? "the new value" : "the value at start (" + started + ")";
        System.out.println(Runtime.version().feature() + "  " + what + ": " + where);
        Files.delete(file);
    }
}
