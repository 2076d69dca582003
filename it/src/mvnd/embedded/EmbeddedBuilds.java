import java.io.BufferedReader;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import org.apache.maven.cli.MavenCli;

/**
 * Runs Maven builds one after another in this JVM, through Maven's embedder, as a daemon or an IDE does: what a
 * build leaves JVM-wide (a system property, the JDK's cached temp directory, a shutdown hook) meets the next one.
 * Reads one line per build on standard input, {@code <directory> TAB <log file> TAB <arguments, space-separated>},
 * and answers {@code done <exit code>} on standard output once the build has ended. The mvnd lane (.ci/mvnd) uses
 * it where the mvnd jars cannot be had.
 */
public final class EmbeddedBuilds {

    public static void main(String[] args) throws IOException {
        BufferedReader requests = new BufferedReader(new InputStreamReader(System.in));
        PrintStream answers = System.out;
        // a build leaves the thread's context class loader on one of its realms; each build starts from this one
        ClassLoader launcher = Thread.currentThread().getContextClassLoader();
        for (String line; (line = requests.readLine()) != null; ) {
            String[] request = line.split("\t", 3);
            int exitCode;
            Thread.currentThread().setContextClassLoader(launcher);
            try (PrintStream log = new PrintStream(new FileOutputStream(request[1]), true)) {
                System.setProperty("maven.multiModuleProjectDirectory", request[0]);
                exitCode = new MavenCli().doMain(request[2].trim().split(" +"), request[0], log, log);
            }
            answers.println("done " + exitCode);
            answers.flush();
        }
    }
}
