package dev.devdrive.maven.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.devdrive.maven.config.Mode;
import dev.devdrive.maven.policy.TempRootDecision;
import dev.devdrive.maven.report.DevDriveReport;
import dev.devdrive.maven.report.OsInfo;
import dev.devdrive.maven.report.ReportFacts;
import dev.devdrive.maven.report.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The measurement's structure and its clean-up; never its timing. */
class SmallFileMeasurementTest {

    @TempDir
    Path slow;

    @TempDir
    Path fast;

    private final List<String> progress = new ArrayList<>();

    @Test
    void measuresEachPlaceInAlternatingRoundsAndLeavesNothingBehind() throws IOException {
        List<Place> places = List.of(new Place("java.io.tmpdir", slow), new Place("devdrive temp root", fast));

        SmallFileMeasurement measurement = SmallFileMeasurement.run(places, 30, 2, progress::add);

        assertThat(measurement.places()).extracting(MeasuredPlace::place).isEqualTo(places);
        assertThat(measurement.places()).allSatisfy(place -> {
            assertThat(place.files()).isEqualTo(60);
            assertThat(place.nanos()).isPositive();
            assertThat(place.problem()).isEmpty();
        });
        assertThat(measurement.ratio(measurement.places().get(0))).isEqualTo(1.0);
        assertThat(progress)
                .hasSize(4)
                .allMatch(line -> line.startsWith("[devdrive] measuring small-file work, round "));
        assertThat(progress.get(0)).contains("round 1/2: java.io.tmpdir (" + slow + ")");
        assertThat(progress.get(1)).contains("round 1/2: devdrive temp root (" + fast + ")");
        assertThat(entries(slow)).isEmpty();
        assertThat(entries(fast)).isEmpty();
    }

    @Test
    void aPlaceThatCannotBeMeasuredSaysWhyAndTheOthersAreStillMeasured() {
        Path missing = fast.resolve("missing");
        List<Place> places = List.of(new Place("java.io.tmpdir", slow), new Place("Dev Drive X", missing));

        SmallFileMeasurement measurement = SmallFileMeasurement.run(places, 10, 2, progress::add);

        MeasuredPlace failed = measurement.places().get(1);
        assertThat(failed.measured()).isFalse();
        assertThat(failed.problem()).startsWith("cannot measure in " + missing + ": ");
        assertThat(measurement.ratio(failed)).isZero();
        assertThat(measurement.places().get(0).files()).isEqualTo(20);
        assertThat(progress).filteredOn(line -> line.contains("cannot measure")).hasSize(1);
    }

    @Test
    void userFilesBesideTheWorkAreLeftAlone() throws IOException {
        Path mine = Files.writeString(slow.resolve("mine.txt"), "mine");

        SmallFileMeasurement.run(List.of(new Place("java.io.tmpdir", slow)), 5, 1, progress::add);

        assertThat(entries(slow)).containsExactly(mine);
    }

    @Test
    void jsonCarriesTheFiguresOfEveryPlace() throws IOException {
        Path missing = fast.resolve("missing");
        SmallFileMeasurement measurement = SmallFileMeasurement.run(
                List.of(new Place("java.io.tmpdir", slow), new Place("Dev Drive X", missing)), 10, 1, progress::add);

        JsonNode json = new ObjectMapper().readTree(ReportFormat.JSON.render(report(), List.of(measurement)));

        JsonNode section = json.get("measurement");
        assertThat(section.fieldNames()).toIterable().containsExactly("work", "fileBytes", "places");
        assertThat(section.get("fileBytes").asInt()).isEqualTo(4096);
        JsonNode first = section.get("places").get(0);
        assertThat(first.fieldNames())
                .toIterable()
                .containsExactly("name", "directory", "files", "nanos", "filesPerSecond", "ratio", "problem");
        assertThat(first.get("name").asText()).isEqualTo("java.io.tmpdir");
        assertThat(first.get("directory").asText()).isEqualTo(slow.toString());
        assertThat(first.get("files").asInt()).isEqualTo(10);
        assertThat(first.get("filesPerSecond").isNumber()).isTrue();
        assertThat(first.get("ratio").asDouble()).isEqualTo(1.0);
        JsonNode failed = section.get("places").get(1);
        assertThat(failed.get("ratio").isNull()).isTrue();
        assertThat(failed.get("problem").asText()).startsWith("cannot measure in ");
    }

    @Test
    void textShowsOneLinePerPlaceAfterTheReport() {
        SmallFileMeasurement measurement = SmallFileMeasurement.run(
                List.of(new Place("java.io.tmpdir", slow), new Place("devdrive temp root", fast)),
                10,
                1,
                progress::add);

        List<String> lines =
                ReportFormat.TEXT.render(report(), List.of(measurement)).lines().toList();

        int header = lines.indexOf(measurement.textLines().get(0));
        assertThat(header).isPositive();
        assertThat(lines.get(header)).startsWith("Small-file work (devdrive.measure): create, write 4 KB");
        assertThat(lines.get(header + 1)).startsWith("  java.io.tmpdir").contains(" files/s ", " 1.00x ");
        assertThat(lines.get(header + 2)).startsWith("  devdrive temp root").contains(" files/s ");
    }

    @Test
    void columnsLineUpWhateverTheLengthOfNamesAndDirectories() throws IOException {
        Path deep = Files.createDirectories(fast.resolve("a-directory-name-long-enough-to-pass-fifty-characters"));
        SmallFileMeasurement measurement = SmallFileMeasurement.run(
                List.of(
                        new Place("java.io.tmpdir", slow),
                        new Place("project directory for build directory (same-volume)", deep)),
                10,
                1,
                progress::add);

        List<String> rows = measurement.textLines().subList(1, 3);

        assertThat(rows.get(0).indexOf(slow.toString())).isEqualTo(rows.get(1).indexOf(deep.toString()));
        assertThat(rows.get(0).indexOf(" files/s")).isEqualTo(rows.get(1).indexOf(" files/s"));
    }

    private static DevDriveReport report() {
        TempRootDecision keep = new TempRootDecision(false, Mode.AUTO, List.of(), "not a Dev Drive");
        return new DevDriveReport(
                new ReportFacts(
                        new OsInfo("Linux", "6", "amd64"),
                        List.of(),
                        List.of(),
                        Optional.empty(),
                        keep,
                        false,
                        "",
                        List.of(),
                        List.of()),
                List.of());
    }

    private static List<Path> entries(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.toList();
        }
    }
}
