package dev.devdrive.maven.report;

import static dev.devdrive.maven.report.Fixtures.LINUX;
import static dev.devdrive.maven.report.Fixtures.WINDOWS;
import static dev.devdrive.maven.report.Fixtures.at;
import static dev.devdrive.maven.report.Fixtures.devDrive;
import static dev.devdrive.maven.report.Fixtures.ext4;
import static dev.devdrive.maven.report.Fixtures.ntfs;
import static org.assertj.core.api.Assertions.assertThat;

import dev.devdrive.maven.config.Mode;
import dev.devdrive.maven.inject.UserChoices;
import dev.devdrive.maven.policy.RootCandidate;
import dev.devdrive.maven.policy.TempRootDecision;
import dev.devdrive.maven.volume.Answer.State;
import dev.devdrive.maven.volume.VolumeFacts;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextReportRendererTest {

    private static final VolumeFacts D = devDrive("D:\\", State.NO);
    private static final VolumeFacts C = ntfs("C:\\");
    private static final TempRootDecision REDIRECT = new TempRootDecision(
            true,
            Mode.AUTO,
            List.of(
                    new RootCandidate(Path.of("D:\\.devdrive-tmp\\jo"), false),
                    new RootCandidate(Path.of("D:\\src\\app\\target\\devdrive-tmp"), true)),
            "build directory on Dev Drive ReFS D:\\");

    private static List<String> render(ReportFacts facts) {
        return TextReportRenderer.render(DevDriveReport.of(facts)).lines().toList();
    }

    private static List<String> windows() {
        List<Location> locations = List.of(
                at("project", "D:\\src\\app", D),
                new Location(
                        "buildDirectory",
                        "D:\\src\\app\\target",
                        Path.of("D:\\src\\app\\target"),
                        "does not exist yet; examined D:\\src\\app",
                        D),
                at("java.io.tmpdir", "C:\\Users\\jo\\AppData\\Local\\Temp", C));
        return render(new ReportFacts(
                WINDOWS,
                locations,
                List.of(D),
                Fixtures.build(locations),
                REDIRECT,
                false,
                "1.2.3",
                List.of(),
                List.of()));
    }

    @Test
    void settingsLeftAloneAreListedAfterTheDecisionOnlyWhenThereAreAny() {
        List<Location> locations = List.of(at("project", "D:\\src\\app", D));
        List<String> lines = render(new ReportFacts(
                WINDOWS,
                locations,
                List.of(D),
                Fixtures.build(locations),
                REDIRECT,
                true,
                "1.2.3",
                List.of(new UserChoices.Choice(
                        "core",
                        "surefire (default)",
                        List.of("argLine already sets java.io.tmpdir", "environmentVariables sets TMP"))),
                List.of()));

        int section = indexOf(lines, "Left as your POMs set them");
        assertThat(section).isGreaterThan(lines.indexOf("  redirect  yes"));
        assertThat(lines.get(section + 1))
                .isEqualTo(
                        "  core  surefire (default): argLine already sets java.io.tmpdir; environmentVariables sets TMP");
        assertThat(windows()).doesNotContain("Left as your POMs set them");
    }

    @Test
    void forkingPluginsLeftAloneAreListedWithModuleAndReasonOnlyWhenThereAreAny() {
        List<Location> locations = List.of(at("project", "D:\\src\\app", D));
        List<String> lines = render(new ReportFacts(
                WINDOWS,
                locations,
                List.of(D),
                Fixtures.build(locations),
                REDIRECT,
                true,
                "1.2.3",
                List.of(),
                List.of(new UserChoices.PluginLeftAlone(
                        "web", "exec-maven-plugin:exec (npm)", "starts any program, which may outlive the goal"))));

        int section = indexOf(lines, "Forking plugins left alone");
        assertThat(section).isGreaterThan(lines.indexOf("  redirect  yes"));
        assertThat(lines.get(section + 1))
                .isEqualTo("  web  exec-maven-plugin:exec (npm): starts any program, which may outlive the goal");
        assertThat(section).isLessThan(indexOf(lines, "Recommendations"));
        assertThat(windows()).doesNotContain("Forking plugins left alone");
    }

    private static int indexOf(List<String> lines, String line) {
        return lines.indexOf(line);
    }

    @Test
    void tableHasTheColumnsInOrderAndOneAlignedRowPerLocation() {
        List<String> lines = windows();

        String header =
                lines.stream().filter(l -> l.startsWith("location")).findFirst().orElseThrow();
        assertThat(header.split(" {2,}"))
                .containsExactly("location", "path", "volume", "type", "Dev Drive", "trusted", "free");
        String project = lines.get(lines.indexOf(header) + 1);
        assertThat(project.split(" {2,}"))
                .containsExactly("project", "D:\\src\\app", "D:\\", "ReFS", "yes", "no", "80.0 GiB");
        String temp = lines.get(lines.indexOf(header) + 3);
        assertThat(temp.split(" {2,}"))
                .containsExactly(
                        "java.io.tmpdir",
                        "C:\\Users\\jo\\AppData\\Local\\Temp",
                        "C:\\",
                        "NTFS",
                        "no",
                        "-",
                        "120.0 GiB");
        for (String column : List.of("path", "volume", "type", "Dev Drive", "free")) {
            int at = header.indexOf(column);
            assertThat(project.charAt(at - 1)).as(column).isEqualTo(' ');
            assertThat(project.charAt(at)).as(column).isNotEqualTo(' ');
            assertThat(temp.charAt(at)).as(column).isNotEqualTo(' ');
        }
    }

    @Test
    void sectionsFollowTheTableInOrder() {
        List<String> lines = windows();

        int notes = indexOf(lines, "Notes");
        int devDrives = indexOf(lines, "Dev Drives on this machine");
        int decision = indexOf(lines, "What the extension would do (devdrive.mode=auto)");
        int recommendations = indexOf(lines, "Recommendations");
        assertThat(List.of(notes, devDrives, decision, recommendations))
                .allMatch(i -> i > 0)
                .isSorted();
        assertThat(lines.get(notes + 1)).isEqualTo("  buildDirectory: does not exist yet; examined D:\\src\\app");
        assertThat(lines.get(devDrives + 1))
                .startsWith("  D:\\")
                .contains("ReFS")
                .contains("trusted: no")
                .contains("80.0 GiB of 100.0 GiB");
        assertThat(lines.subList(decision + 1, decision + 4))
                .containsExactly(
                        "  redirect  yes",
                        "  root      D:\\.devdrive-tmp\\jo, else D:\\src\\app\\target\\devdrive-tmp (each module in its own build directory)",
                        "  reason    build directory on Dev Drive ReFS D:\\");
    }

    @Test
    void recommendationsAreNumberedWithTheirActionsVerbatim() {
        List<String> lines = windows();
        List<String> recommendations = lines.subList(indexOf(lines, "Recommendations") + 1, lines.size());

        assertThat(recommendations.get(0)).startsWith(" 1. [trust-dev-drive] Dev Drive D:\\ is not trusted");
        assertThat(recommendations).contains("      fsutil devdrv trust D:");
        assertThat(recommendations.stream().filter(l -> l.startsWith(" 2. [enable-extension]")))
                .hasSize(1);
        assertThat(recommendations)
                .containsSubsequence(
                        "      <extensions>",
                        "        <extension>",
                        "          <groupId>dev.devdrive</groupId>",
                        "          <artifactId>devdrive-maven-extension</artifactId>",
                        "          <version>1.2.3</version>",
                        "        </extension>",
                        "      </extensions>");
        assertThat(recommendations)
                .containsSubsequence(
                        "      $env:MAVEN_OPTS = \"-Djava.io.tmpdir=D:\\tmp\"",
                        "      set \"MAVEN_OPTS=-Djava.io.tmpdir=D:\\tmp\"",
                        "      setx MAVEN_OPTS \"-Djava.io.tmpdir=D:\\tmp\"");
        assertThat(recommendations.stream().filter(l -> !l.startsWith("      ")))
                .as("messages wrap; only actions may be long")
                .hasSizeGreaterThan(4)
                .allMatch(l -> l.length() <= 100);
    }

    @Test
    void aQuietLinuxMachineSaysSo() {
        List<String> lines = render(Fixtures.facts(LINUX, List.of(at("project", "/home/jo/app", ext4()))));

        assertThat(lines.get(0)).isEqualTo("devdrive report on Linux 6.8.0-45-generic (amd64)");
        assertThat(lines).doesNotContain("Notes");
        assertThat(lines.get(indexOf(lines, "Dev Drives on this machine") + 1))
                .isEqualTo("  none (Dev Drive is a Windows feature)");
        assertThat(lines.get(indexOf(lines, "Recommendations") + 1)).isEqualTo("  none: nothing to change");
        assertThat(lines).contains("  redirect  no").doesNotContain("  root");
    }

    @Test
    void windowsWithoutDevDrivesAndUnknownSizes() {
        VolumeFacts unknown = VolumeFacts.unknown("F:\\", "ERROR_NOT_READY");
        List<String> lines = render(Fixtures.facts(WINDOWS, List.of(at("userHome", "F:\\jo", unknown))));

        assertThat(lines.get(indexOf(lines, "Dev Drives on this machine") + 1)).isEqualTo("  none found");
        assertThat(lines.stream()
                        .filter(l -> l.startsWith("userHome"))
                        .findFirst()
                        .orElseThrow()
                        .split(" {2,}"))
                .containsExactly("userHome", "F:\\jo", "F:\\", "?", "unknown", "-", "?");
        assertThat(lines).contains("  F:\\: ERROR_NOT_READY");
    }

    @Test
    void wrapKeepsWordsWholeAndLinesShort() {
        assertThat(TextReportRenderer.wrap("aaa bbb ccc ddd", 7)).containsExactly("aaa bbb", "ccc ddd");
        assertThat(TextReportRenderer.wrap("averyveryverylongword x", 5)).containsExactly("averyveryverylongword", "x");
        assertThat(TextReportRenderer.wrap("", 5)).containsExactly("");
    }
}
