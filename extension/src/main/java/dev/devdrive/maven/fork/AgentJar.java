package dev.devdrive.maven.fork;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/**
 * Writes the one-class jar of {@link ForkTmpdirAgent} for forks' {@code -javaagent}. A jar of its own, because an
 * agent jar joins the fork's class path, and the tests must not see the extension's classes.
 */
public final class AgentJar {

    static final String FILE_NAME = "devdrive-agent.jar";

    private AgentJar() {}

    /** Writes the jar into {@code directory} and returns its path. */
    public static Path writeInto(Path directory) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(new Attributes.Name("Premain-Class"), ForkTmpdirAgent.class.getName());
        String entry = ForkTmpdirAgent.class.getName().replace('.', '/') + ".class";
        Path jar = directory.resolve(FILE_NAME);
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream agentClass = AgentJar.class.getClassLoader().getResourceAsStream(entry)) {
            if (agentClass == null) {
                throw new IOException("the extension jar has no " + entry);
            }
            out.putNextEntry(new JarEntry(entry));
            agentClass.transferTo(out);
            out.closeEntry();
        }
        return jar;
    }
}
