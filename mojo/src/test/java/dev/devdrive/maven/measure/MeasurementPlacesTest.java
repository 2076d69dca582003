package dev.devdrive.maven.measure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devdrive.maven.config.Mode;
import dev.devdrive.maven.policy.RootCandidate;
import dev.devdrive.maven.policy.TempRootDecision;
import dev.devdrive.maven.report.Location;
import dev.devdrive.maven.report.OsInfo;
import dev.devdrive.maven.report.ReportFacts;
import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.VolumeFacts;
import dev.devdrive.maven.volume.VolumeKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MeasurementPlacesTest {

    private static final Path TMP = Path.of("/tmp").toAbsolutePath();
    private static final Path BUILD = Path.of("/w/app/target").toAbsolutePath();
    private static final Path ROOT = Path.of("/w/app/target/devdrive-tmp/jo").toAbsolutePath();
    private static final Path DEV_DRIVE = Path.of("/d").toAbsolutePath();

    /** Existing directories: the build directory exists, the extension's root not yet. */
    private static final Set<Path> EXISTING = Set.of(TMP, BUILD, DEV_DRIVE, BUILD.getParent(), Path.of("/w"));

    @Test
    void tmpdirFirstThenTheExtensionsRootInItsNearestExistingDirectoryThenEachDevDrive() {
        TempRootDecision redirect =
                new TempRootDecision(true, Mode.SAME_VOLUME, List.of(new RootCandidate(ROOT, false)), "same-volume");

        List<Place> places = MeasurementPlaces.of(facts(redirect, List.of(volume(DEV_DRIVE))), EXISTING::contains);

        assertThat(places)
                .containsExactly(
                        new Place("java.io.tmpdir", TMP),
                        new Place("build directory for devdrive temp root", BUILD),
                        new Place("Dev Drive " + DEV_DRIVE, DEV_DRIVE));
    }

    @Test
    void withoutRedirectTheBuildDirectoryStandsInForTheRootSameVolumeWouldUse() {
        TempRootDecision keep = new TempRootDecision(false, Mode.AUTO, List.of(), "not a Dev Drive");

        List<Place> places = MeasurementPlaces.of(facts(keep, List.of()), EXISTING::contains);

        assertThat(places)
                .containsExactly(new Place("java.io.tmpdir", TMP), new Place("build directory (same-volume)", BUILD));
    }

    @Test
    void aBuildDirectoryNotMadeYetIsMeasuredInTheProjectDirectoryAndTheRowSaysSo() {
        TempRootDecision keep = new TempRootDecision(false, Mode.AUTO, List.of(), "not a Dev Drive");
        Set<Path> withoutTarget = Set.of(TMP, BUILD.getParent(), Path.of("/w"));

        List<Place> places = MeasurementPlaces.of(facts(keep, List.of()), withoutTarget::contains);

        assertThat(places)
                .containsExactly(
                        new Place("java.io.tmpdir", TMP),
                        new Place("project directory for build directory (same-volume)", BUILD.getParent()));
    }

    @Test
    void eachDirectoryIsMeasuredOnce() {
        TempRootDecision redirect =
                new TempRootDecision(true, Mode.AUTO, List.of(new RootCandidate(TMP, false)), "tmpRoot");

        List<Place> places = MeasurementPlaces.of(facts(redirect, List.of(volume(TMP))), EXISTING::contains);

        assertThat(places).containsExactly(new Place("java.io.tmpdir", TMP));
    }

    private static ReportFacts facts(TempRootDecision decision, List<VolumeFacts> devDrives) {
        VolumeFacts volume = volume(Path.of("/").toAbsolutePath());
        List<Location> locations = List.of(
                new Location("project", BUILD.getParent().toString(), BUILD.getParent(), "", volume),
                new Location("buildDirectory", BUILD.toString(), BUILD, "", volume),
                new Location("java.io.tmpdir", TMP.toString(), TMP, "", volume));
        return new ReportFacts(
                new OsInfo("Linux", "6", "amd64"),
                locations,
                devDrives,
                Optional.empty(),
                decision,
                true,
                "1.2.3",
                List.of(),
                List.of());
    }

    private static VolumeFacts volume(Path root) {
        return new VolumeFacts(
                root.toString(),
                root.toString(),
                "ext4",
                1,
                1,
                VolumeKind.LOCAL,
                Answer.no(""),
                Answer.no(""),
                Answer.no(""),
                List.of());
    }
}
