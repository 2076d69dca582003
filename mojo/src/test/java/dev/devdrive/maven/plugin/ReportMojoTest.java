package dev.devdrive.maven.plugin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoExtension;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The mojo in the plugin testing harness, with a session that looks like a real build of a project. */
@MojoTest
class ReportMojoTest {

    @Inject
    private MavenSession session;

    @TempDir
    Path temp;

    private Path projectDirectory;
    private Path localRepository;
    private Properties userProperties;
    private MavenExecutionRequest request;
    private final List<String> log = new ArrayList<>();

    @BeforeEach
    void aSessionWithAProject() throws Exception {
        projectDirectory = Files.createDirectories(temp.resolve("app")).toRealPath();
        localRepository = Files.createDirectories(temp.resolve("m2")).toRealPath();

        Model model = new Model();
        model.setBuild(new Build());
        model.getBuild().setDirectory(projectDirectory.resolve("target").toString());
        model.getProperties().setProperty("devdrive.mode", "same-volume");
        MavenProject project = new MavenProject(model);
        project.setFile(projectDirectory.resolve("pom.xml").toFile());

        request = new DefaultMavenExecutionRequest();
        request.setProjectPresent(true);
        request.setLocalRepositoryPath(localRepository.toFile());
        request.setBaseDirectory(projectDirectory.toFile());

        Properties system = new Properties();
        system.putAll(System.getProperties());
        system.setProperty("env.TMPDIR", temp.toString());
        system.remove("env.DEV_DRIVE");
        userProperties = new Properties();

        when(session.getRequest()).thenReturn(request);
        when(session.getTopLevelProject()).thenReturn(project);
        when(session.getSystemProperties()).thenReturn(system);
        when(session.getUserProperties()).thenReturn(userProperties);
        when(session.getExecutionRootDirectory()).thenReturn(projectDirectory.toString());
    }

    private void capture(ReportMojo mojo) {
        mojo.setLog(new SystemStreamLog() {
            @Override
            public void info(CharSequence content) {
                log.add(content.toString());
            }
        });
    }

    @Test
    @InjectMojo(goal = "report")
    void textGoesToTheLog(ReportMojo mojo) throws Exception {
        capture(mojo);

        mojo.execute();

        assertThat(log).anyMatch(l -> l.matches("location +path +volume +type +Dev Drive +trusted +free"));
        assertThat(log).anyMatch(l -> l.startsWith("project ") && l.contains(projectDirectory.toString()));
        assertThat(log).anyMatch(l -> l.startsWith("buildDirectory ") && l.contains(projectDirectory + "/target"));
        assertThat(log).anyMatch(l -> l.startsWith("TMPDIR ") && l.contains(temp.toString()));
        assertThat(log).anyMatch(l -> l.startsWith("localRepository ") && l.contains(localRepository.toString()));
        assertThat(log).contains("What the extension would do (devdrive.mode=same-volume)", "  redirect  yes");
    }

    @Test
    @InjectMojo(goal = "report")
    @MojoParameter(name = "format", value = "json")
    void jsonGoesToTheOutputFileWhoseParentsAreCreated(ReportMojo mojo) throws Exception {
        capture(mojo);
        Path output = temp.resolve("out/nested/report.json");
        MojoExtension.setVariableValueToObject(mojo, "output", output.toFile());
        userProperties.setProperty("devdrive.mode", "off");

        mojo.execute();

        assertThat(log).containsExactly("devdrive report (json) written to " + output);
        JsonNode json = new ObjectMapper().readTree(output.toFile());
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        JsonNode project = json.get("locations").get(0);
        assertThat(project.get("name").asText()).isEqualTo("project");
        assertThat(project.get("realPath").asText()).isEqualTo(projectDirectory.toString());
        assertThat(json.get("locations").findValuesAsText("name"))
                .contains("buildDirectory", "java.io.tmpdir", "TMPDIR", "localRepository", "JAVA_HOME", "userHome")
                .doesNotContain("DEV_DRIVE");
        assertThat(json.get("decision").get("mode").asText()).isEqualTo("off");
        assertThat(json.get("decision").get("redirect").asBoolean()).isFalse();
    }

    @Test
    @InjectMojo(goal = "report")
    @MojoParameter(name = "format", value = "xml")
    void anInvalidFormatFailsNamingPropertyValueAndChoices(ReportMojo mojo) {
        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Invalid value 'xml' for property devdrive.format: expected one of text, json");
    }

    @Test
    @InjectMojo(goal = "report")
    void anInvalidDevdrivePropertyFailsWithItsMessage(ReportMojo mojo) {
        userProperties.setProperty("devdrive.keep", "sometimes");

        assertThatThrownBy(mojo::execute)
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("Invalid value 'sometimes' for property devdrive.keep");
    }

    @Test
    @InjectMojo(goal = "report")
    void withoutAProjectTheCurrentDirectoryIsReported(ReportMojo mojo) throws Exception {
        capture(mojo);
        request.setProjectPresent(false);

        mojo.execute();

        assertThat(log).anyMatch(l -> l.startsWith("project ") && l.contains(projectDirectory.toString()));
        assertThat(log).noneMatch(l -> l.startsWith("buildDirectory "));
        assertThat(log).anyMatch(l -> l.contains("no project here"));
    }

    @Test
    @InjectMojo(goal = "report")
    void theRecommendedExtensionVersionIsThePlugins(ReportMojo mojo) throws Exception {
        Object version = MojoExtension.getVariableValueFromObject(mojo, "pluginVersion");

        assertThat(version).asString().matches("\\d+\\.\\d+\\.\\d+.*");
    }
}
