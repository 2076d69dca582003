package dev.devdrive.maven.fork;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AgentJarTest {

    @TempDir
    Path tmp;

    @Test
    void holdsTheAgentClassOnlyWithItsPremainClass() throws IOException {
        Path jar = AgentJar.writeInto(tmp);

        try (JarFile file = new JarFile(jar.toFile())) {
            assertThat(file.getManifest().getMainAttributes().getValue("Premain-Class"))
                    .isEqualTo(ForkTmpdirAgent.class.getName());
            List<String> entries = Collections.list(file.entries()).stream()
                    .map(e -> e.getName())
                    .filter(name -> !name.startsWith("META-INF/"))
                    .toList();
            assertThat(entries).containsExactly("dev/devdrive/maven/fork/ForkTmpdirAgent.class");
        }
    }

    @Test
    void aForkStartedWithTheAgentFindsItsMissingTempDirectoryCreatedOwnerOnly() throws Exception {
        Path jar = AgentJar.writeInto(tmp);
        Path forkTmp = tmp.resolve("module/fork-7");
        Files.createDirectory(tmp.resolve("module"));
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");

        Process fork = new ProcessBuilder(
                        java.toString(),
                        "-Djava.io.tmpdir=" + forkTmp,
                        "-javaagent:" + jar,
                        "-cp",
                        jar.toString(),
                        "-version")
                .redirectErrorStream(true)
                .start();
        String output = new String(fork.getInputStream().readAllBytes());

        assertThat(fork.waitFor()).as(output).isZero();
        assertThat(forkTmp).isDirectory();
        if (Files.getFileStore(forkTmp).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(forkTmp)))
                    .isEqualTo("rwx------");
        }
    }
}
