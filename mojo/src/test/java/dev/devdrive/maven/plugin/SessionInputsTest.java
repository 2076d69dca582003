package dev.devdrive.maven.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.devdrive.maven.report.ReportInputs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SessionInputsTest {

    private static final String DEVDRIVE_EXTENSION = "<extensions><extension><groupId>dev.devdrive</groupId>"
            + "<artifactId>devdrive-maven-extension</artifactId><version>1.0</version></extension></extensions>";

    @TempDir
    Path directory;

    private final MavenSession session = mock(MavenSession.class);
    private final Properties system = new Properties();
    private final MavenExecutionRequest request = new DefaultMavenExecutionRequest();

    @BeforeEach
    void noProject() {
        request.setProjectPresent(false);
        request.setMultiModuleProjectDirectory(directory.toFile());
        system.setProperty("java.home", "/opt/jdk/jre");
        system.setProperty("user.home", "/home/jo");
        when(session.getRequest()).thenReturn(request);
        when(session.getSystemProperties()).thenReturn(system);
        when(session.getUserProperties()).thenReturn(new Properties());
        when(session.getExecutionRootDirectory()).thenReturn(directory.toString());
    }

    @Test
    void environmentComesFromTheEnvPrefixedSystemPropertiesAndBlankMeansUnset() {
        system.setProperty("env.TEMP", "C:\\Users\\jo\\AppData\\Local\\Temp");
        system.setProperty("env.TMP", "  ");
        system.setProperty("env.DEV_DRIVE", "E:");

        ReportInputs inputs = SessionInputs.from(session, "1.0", PlannedChoices.Found.NONE);

        assertThat(inputs.locations())
                .containsEntry("TEMP", "C:\\Users\\jo\\AppData\\Local\\Temp")
                .containsEntry("DEV_DRIVE", "E:")
                .containsEntry("project", directory.toString())
                .doesNotContainKeys("TMP", "TMPDIR", "buildDirectory", "localRepository", "mavenHome");
        assertThat(inputs.environment()).containsEntry("DEV_DRIVE", "E:");
    }

    @Test
    void javaHomePrefersTheEnvironmentOverTheRunningJvm() {
        assertThat(SessionInputs.from(session, "1.0", PlannedChoices.Found.NONE).locations())
                .containsEntry("JAVA_HOME", "/opt/jdk/jre");

        system.setProperty("env.JAVA_HOME", "/opt/jdk");
        assertThat(SessionInputs.from(session, "1.0", PlannedChoices.Found.NONE).locations())
                .containsEntry("JAVA_HOME", "/opt/jdk");
    }

    @Test
    void theExtensionCountsAsConfiguredWhenExtensionsXmlNamesIt() throws Exception {
        assertThat(SessionInputs.from(session, "1.0", PlannedChoices.Found.NONE).extensionConfigured())
                .isFalse();

        Path extensions = Files.createDirectories(directory.resolve(".mvn")).resolve("extensions.xml");
        Files.writeString(extensions, "<extensions><extension><artifactId>other</artifactId></extension></extensions>");
        assertThat(SessionInputs.from(session, "1.0", PlannedChoices.Found.NONE).extensionConfigured())
                .isFalse();

        Files.writeString(extensions, DEVDRIVE_EXTENSION);
        assertThat(SessionInputs.from(session, "1.0", PlannedChoices.Found.NONE).extensionConfigured())
                .isTrue();
    }
}
