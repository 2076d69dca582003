package sample;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * Records where this forked test JVM puts temporary files, and who may access its temp directory. The temp file
 * is deliberately not deleted: the workflow checks that the extension removed it together with the build's temp
 * directory.
 */
class TempFactsTest {

    @Test
    void recordsWhereTemporaryFilesGo() throws Exception {
        Path tempFile = Files.createTempFile("facts", ".tmp");
        Properties facts = new Properties();
        facts.setProperty("java.io.tmpdir", System.getProperty("java.io.tmpdir"));
        // An unset variable is recorded empty, which the checker reports as a failure.
        facts.setProperty("TMP", Objects.toString(System.getenv("TMP"), ""));
        facts.setProperty("TEMP", Objects.toString(System.getenv("TEMP"), ""));
        facts.setProperty("tempFile", tempFile.toAbsolutePath().toString());
        recordWhoMayAccess(Path.of(System.getProperty("java.io.tmpdir")), facts);
        Path target = Path.of(System.getProperty("basedir", "."), "target");
        try (OutputStream out = Files.newOutputStream(target.resolve("tmp-facts.properties"))) {
            facts.store(out, "temp locations seen by a surefire fork");
        }
        assertTrue(Files.isRegularFile(tempFile));
    }

    /** The directory's ACL (Windows) or permission bits (POSIX), for the checker's --owner-only. */
    private static void recordWhoMayAccess(Path directory, Properties facts) throws Exception {
        AclFileAttributeView acl = Files.getFileAttributeView(directory, AclFileAttributeView.class);
        PosixFileAttributeView posix = Files.getFileAttributeView(directory, PosixFileAttributeView.class);
        if (acl != null) {
            facts.setProperty("tmpdirOwner", acl.getOwner().getName());
            List<AclEntry> entries = acl.getAcl();
            for (int i = 0; i < entries.size(); i++) {
                AclEntry entry = entries.get(i);
                facts.setProperty("tmpdirAcl." + (i + 1), entry.type() + " " + entry.principal().getName());
            }
        } else if (posix != null) {
            facts.setProperty("tmpdirOwner", posix.getOwner().getName());
            facts.setProperty("tmpdirPermissions", PosixFilePermissions.toString(posix.readAttributes().permissions()));
        }
    }
}
