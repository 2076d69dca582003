package dev.devdrive.maven.report;

import static dev.devdrive.maven.report.Fixtures.WINDOWS;
import static dev.devdrive.maven.report.Fixtures.at;
import static dev.devdrive.maven.report.Fixtures.devDrive;
import static dev.devdrive.maven.report.Fixtures.ntfs;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.devdrive.maven.config.Mode;
import dev.devdrive.maven.inject.UserChoices;
import dev.devdrive.maven.policy.RootCandidate;
import dev.devdrive.maven.policy.RootRefusal;
import dev.devdrive.maven.policy.TempRootDecision;
import dev.devdrive.maven.volume.Answer.State;
import dev.devdrive.maven.volume.VolumeFacts;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonReportWriterTest {

    private static final VolumeFacts D = devDrive("D:\\", State.NO);
    private static final VolumeFacts C = ntfs("C:\\");

    private static JsonNode json(ReportFacts facts) throws Exception {
        return new ObjectMapper().readTree(JsonReportWriter.toJson(DevDriveReport.of(facts)));
    }

    private static ReportFacts windowsFacts(TempRootDecision decision) {
        List<Location> locations = List.of(
                at("project", "D:\\src\\my \"app\"", D),
                at("java.io.tmpdir", "C:\\Users\\Jörg\\AppData\\Local\\Temp", C),
                Location.invalid("TMP", "C:\\bad\u0000path", "Nul character not allowed"));
        return new ReportFacts(
                WINDOWS,
                locations,
                List.of(D),
                Fixtures.build(locations),
                decision,
                false,
                "1.2.3",
                List.of(),
                List.of());
    }

    @Test
    void topLevelFieldsAreExactlyTheSchema() throws Exception {
        JsonNode json = json(windowsFacts(Fixtures.KEEP));

        assertThat(json.fieldNames())
                .toIterable()
                .containsExactly(
                        "schemaVersion",
                        "os",
                        "locations",
                        "devDrives",
                        "decision",
                        "userChoices",
                        "pluginsLeftAlone",
                        "recommendations");
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.get("os").fieldNames()).toIterable().containsExactly("name", "version", "arch");
        assertThat(json.get("os").get("name").asText()).isEqualTo("Windows 11");
    }

    @Test
    void userChoicesNameModuleExecutionAndWhatIsLeftAlone() throws Exception {
        ReportFacts facts = new ReportFacts(
                WINDOWS,
                List.of(),
                List.of(),
                Optional.empty(),
                Fixtures.KEEP,
                true,
                "1.2.3",
                List.of(new UserChoices.Choice(
                        "core", "surefire (default)", List.of("argLine already sets java.io.tmpdir"))),
                List.of());

        JsonNode choice = json(facts).get("userChoices").get(0);

        assertThat(choice.fieldNames()).toIterable().containsExactly("module", "execution", "leftAlone");
        assertThat(choice.get("module").asText()).isEqualTo("core");
        assertThat(choice.get("execution").asText()).isEqualTo("surefire (default)");
        assertThat(choice.get("leftAlone").get(0).asText()).isEqualTo("argLine already sets java.io.tmpdir");
    }

    @Test
    void pluginsLeftAloneNameModuleExecutionAndReason() throws Exception {
        ReportFacts facts = new ReportFacts(
                WINDOWS,
                List.of(),
                List.of(),
                Optional.empty(),
                Fixtures.KEEP,
                true,
                "1.2.3",
                List.of(),
                List.of(new UserChoices.PluginLeftAlone("docs", "maven-javadoc-plugin:jar (attach)", "why")));

        JsonNode plugin = json(facts).get("pluginsLeftAlone").get(0);

        assertThat(plugin.fieldNames()).toIterable().containsExactly("module", "execution", "reason");
        assertThat(plugin.get("module").asText()).isEqualTo("docs");
        assertThat(plugin.get("execution").asText()).isEqualTo("maven-javadoc-plugin:jar (attach)");
        assertThat(plugin.get("reason").asText()).isEqualTo("why");
        assertThat(json(windowsFacts(Fixtures.KEEP)).get("pluginsLeftAlone")).isEmpty();
    }

    @Test
    void locationsKeepWindowsPathsAndVolumesExactly() throws Exception {
        JsonNode locations = json(windowsFacts(Fixtures.KEEP)).get("locations");

        assertThat(locations).hasSize(3);
        JsonNode project = locations.get(0);
        assertThat(project.fieldNames()).toIterable().containsExactly("name", "path", "realPath", "problem", "volume");
        assertThat(project.get("name").asText()).isEqualTo("project");
        assertThat(project.get("path").asText()).isEqualTo("D:\\src\\my \"app\"");
        assertThat(project.get("realPath").asText()).isEqualTo("D:\\src\\my \"app\"");
        assertThat(locations.get(1).get("path").asText()).isEqualTo("C:\\Users\\Jörg\\AppData\\Local\\Temp");

        JsonNode volume = project.get("volume");
        assertThat(volume.fieldNames())
                .toIterable()
                .containsExactly(
                        "id",
                        "root",
                        "fileSystem",
                        "totalBytes",
                        "freeBytes",
                        "remote",
                        "removable",
                        "devDrive",
                        "trusted",
                        "blockCloning",
                        "notes");
        assertThat(volume.get("id").asText()).isEqualTo("\\\\?\\Volume{D}\\");
        assertThat(volume.get("root").asText()).isEqualTo("D:\\");
        assertThat(volume.get("fileSystem").asText()).isEqualTo("ReFS");
        assertThat(volume.get("totalBytes").asLong()).isEqualTo(100 * Fixtures.GIB);
        assertThat(volume.get("remote").asBoolean()).isFalse();
        assertThat(volume.get("devDrive").fieldNames()).toIterable().containsExactly("state", "reason");
        assertThat(volume.get("devDrive").get("state").asText()).isEqualTo("yes");
        assertThat(volume.get("trusted").get("state").asText()).isEqualTo("no");
        assertThat(volume.get("notes").isArray()).isTrue();
    }

    @Test
    void aPathThatCouldNotBeResolvedHasNullRealPathAndSaysWhy() throws Exception {
        JsonNode invalid = json(windowsFacts(Fixtures.KEEP)).get("locations").get(2);

        assertThat(invalid.get("path").asText()).isEqualTo("C:\\bad\u0000path");
        assertThat(invalid.get("realPath").isNull()).isTrue();
        assertThat(invalid.get("problem").asText()).contains("Nul character not allowed");
        assertThat(invalid.get("volume").get("devDrive").get("state").asText()).isEqualTo("unknown");
    }

    @Test
    void decisionNamesTheFirstRootOrNull() throws Exception {
        TempRootDecision redirect = new TempRootDecision(
                true,
                Mode.SAME_VOLUME,
                List.of(
                        new RootCandidate(Path.of("D:\\.devdrive-tmp\\jo"), false),
                        new RootCandidate(Path.of("D:\\src\\app\\target\\devdrive-tmp"), true)),
                "build directory on Dev Drive ReFS D:\\",
                false,
                List.of(new RootRefusal(Path.of("D:\\.devdrive-tmp\\al"), "it is owned by jo; set devdrive.tmpRoot")));

        JsonNode decision = json(windowsFacts(redirect)).get("decision");
        assertThat(decision.fieldNames())
                .toIterable()
                .containsExactly("redirect", "mode", "root", "reason", "refusedRoots");
        assertThat(decision.get("refusedRoots").get(0).get("path").asText()).isEqualTo("D:\\.devdrive-tmp\\al");
        assertThat(decision.get("refusedRoots").get(0).get("reason").asText())
                .isEqualTo("it is owned by jo; set devdrive.tmpRoot");
        assertThat(decision.get("redirect").asBoolean()).isTrue();
        assertThat(decision.get("mode").asText()).isEqualTo("same-volume");
        assertThat(decision.get("root").asText()).isEqualTo("D:\\.devdrive-tmp\\jo");
        assertThat(decision.get("reason").asText()).isEqualTo("build directory on Dev Drive ReFS D:\\");

        JsonNode keep = json(windowsFacts(Fixtures.KEEP)).get("decision");
        assertThat(keep.get("redirect").asBoolean()).isFalse();
        assertThat(keep.get("root").isNull()).isTrue();
    }

    @Test
    void devDrivesAndRecommendationsAreListed() throws Exception {
        JsonNode json = json(windowsFacts(Fixtures.KEEP));

        assertThat(json.get("devDrives")).hasSize(1);
        assertThat(json.get("devDrives").get(0).get("root").asText()).isEqualTo("D:\\");
        JsonNode trust = json.get("recommendations").get(0);
        assertThat(trust.fieldNames()).toIterable().containsExactly("id", "message", "action");
        assertThat(trust.get("id").asText()).isEqualTo("trust-dev-drive");
        assertThat(trust.get("action").asText()).isEqualTo("fsutil devdrv trust D:");
        JsonNode extension = json.get("recommendations").get(1);
        assertThat(extension.get("action").asText()).contains("<artifactId>devdrive-maven-extension</artifactId>\n");
    }
}
