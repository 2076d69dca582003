package dev.devdrive.maven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.devdrive.maven.config.InvalidPropertyException;
import dev.devdrive.maven.config.Mode;
import dev.devdrive.maven.policy.RootCandidate;
import dev.devdrive.maven.policy.RootRefusal;
import dev.devdrive.maven.policy.TempRootDecision;
import dev.devdrive.maven.volume.Answer.State;
import dev.devdrive.maven.volume.VolumeDetection;
import dev.devdrive.maven.volume.VolumeFacts;
import dev.devdrive.maven.volume.VolumeProbe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportGeneratorTest {

    @TempDir
    Path temp;

    private Path devDriveRoot;
    private Path systemRoot;
    private VolumeFacts devDrive;
    private ReportGenerator generator;
    private final AtomicInteger detections = new AtomicInteger();
    /** What the stand-in for the build's root checks refuses, by root; the project directory each check got. */
    private final Map<Path, RootRefusal> refusals = new HashMap<>();

    private final List<Path> inspectedFrom = new ArrayList<>();

    /** Two "volumes" as directories: a trusted-less Dev Drive and a system disk. */
    @BeforeEach
    void twoVolumes() throws Exception {
        devDriveRoot = Files.createDirectories(temp.resolve("d")).toRealPath();
        systemRoot = Files.createDirectories(temp.resolve("c")).toRealPath();
        devDrive = withRoot(Fixtures.devDrive("D:\\", State.NO), devDriveRoot);
        VolumeFacts system = withRoot(Fixtures.ntfs("C:\\"), systemRoot);
        VolumeProbe probe = new VolumeProbe() {
            @Override
            public Path realPath(Path existing) throws IOException {
                detections.incrementAndGet();
                return existing.toRealPath();
            }

            @Override
            public String volumeRoot(Path realPath) {
                return realPath.startsWith(devDriveRoot) ? devDriveRoot.toString() : systemRoot.toString();
            }

            @Override
            public VolumeFacts describe(String root, Path realPath) {
                return root.equals(devDriveRoot.toString()) ? devDrive : system;
            }

            @Override
            public List<VolumeFacts> devDrives() {
                return List.of(devDrive);
            }
        };
        generator = new ReportGenerator(new VolumeDetection(probe), (root, projectDirectory) -> {
            inspectedFrom.add(projectDirectory);
            return Optional.ofNullable(refusals.get(root));
        });
    }

    private static VolumeFacts withRoot(VolumeFacts v, Path root) {
        return new VolumeFacts(
                v.id(),
                root.toString(),
                v.fileSystem(),
                v.totalBytes(),
                v.freeBytes(),
                v.kind(),
                v.devDrive(),
                v.trusted(),
                v.blockCloning(),
                v.notes());
    }

    private ReportInputs inputs(Map<String, String> locations, Map<String, String> user, Map<String, String> project) {
        return new ReportInputs(
                Fixtures.WINDOWS,
                locations,
                Map.of(),
                user::get,
                project::get,
                false,
                "1.2.3",
                List.of(),
                List.of(),
                List.of());
    }

    private Map<String, String> projectOnDevDrive() {
        Map<String, String> locations = new HashMap<>();
        locations.put(LocationNames.USER_HOME, systemRoot.resolve("jo").toString());
        locations.put(LocationNames.JAVA_IO_TMPDIR, systemRoot.toString());
        locations.put(
                LocationNames.BUILD_DIRECTORY,
                devDriveRoot.resolve("app/target").toString());
        locations.put(LocationNames.PROJECT, devDriveRoot.resolve("app").toString());
        return locations;
    }

    @Test
    void locationsComeInReportOrderAndUnsetOnesAreLeftOut() throws Exception {
        ReportFacts facts = generator
                .generate(inputs(projectOnDevDrive(), Map.of(), Map.of()))
                .facts();

        assertThat(facts.locations())
                .extracting(Location::name)
                .containsExactly("project", "buildDirectory", "java.io.tmpdir", "userHome");
        Location build = facts.location("buildDirectory").orElseThrow();
        assertThat(build.volume()).isEqualTo(devDrive);
        assertThat(build.problem()).startsWith("does not exist yet");
        assertThat(facts.devDrives()).containsExactly(devDrive);
    }

    @Test
    void eachLocationIsDetectedOncePerReport() throws Exception {
        Map<String, String> locations = projectOnDevDrive();
        locations.put(LocationNames.DEV_DRIVE, devDriveRoot.toString());

        generator.generate(inputs(locations, Map.of(), Map.of()));

        assertThat(detections).hasValue(locations.size());
    }

    @Test
    void theDecisionIsThePolicysForTheBuildDirectory() throws Exception {
        ReportFacts facts = generator
                .generate(inputs(projectOnDevDrive(), Map.of(), Map.of()))
                .facts();

        assertThat(facts.decision().redirect()).isTrue();
        assertThat(facts.decision().mode()).isEqualTo(Mode.AUTO);
        assertThat(facts.decision().rootCandidates().get(0).path().startsWith(devDriveRoot.resolve(".devdrive-tmp")))
                .isTrue();
    }

    @Test
    void aRootTheBuildRefusesShowsAsRefusedWithTheBuildsReasonAndTheNextIsTried() throws Exception {
        List<RootCandidate> candidates = generator
                .generate(inputs(projectOnDevDrive(), Map.of(), Map.of()))
                .facts()
                .decision()
                .rootCandidates();
        assertThat(candidates).hasSize(2);
        Path first = candidates.get(0).path();
        refusals.put(first, new RootRefusal(first, "other users can access it (mode rwxr-xr-x); chmod 700"));

        ReportFacts facts = generator
                .generate(inputs(projectOnDevDrive(), Map.of(), Map.of()))
                .facts();

        assertThat(facts.decision().redirect()).isTrue();
        assertThat(facts.decision().rootCandidates()).containsExactly(candidates.get(1));
        assertThat(facts.decision().refusedRoots()).containsExactly(refusals.get(first));
        assertThat(inspectedFrom).containsOnly(devDriveRoot.resolve("app"));
        assertThat(DevDriveReport.of(facts).recommendations())
                .extracting(Recommendation::id, Recommendation::message)
                .contains(tuple(
                        "temp-root-refused",
                        "The build will not use the temp root " + first
                                + ": other users can access it (mode rwxr-xr-x); chmod 700."));
    }

    @Test
    void whenTheBuildRefusesEveryRootTheReportSaysTempStaysWhereItIs() throws Exception {
        Map<String, String> user = Map.of(
                "devdrive.tmpRoot",
                Files.createDirectories(devDriveRoot.resolve("troot")).toString());
        Path root = generator
                .generate(inputs(projectOnDevDrive(), user, Map.of()))
                .facts()
                .decision()
                .rootCandidates()
                .get(0)
                .path();
        refusals.put(root, new RootRefusal(root, "it is a symbolic link; name a real directory instead"));

        TempRootDecision decision = generator
                .generate(inputs(projectOnDevDrive(), user, Map.of()))
                .facts()
                .decision();

        assertThat(decision.redirect()).isFalse();
        assertThat(decision.rootCandidates()).isEmpty();
        assertThat(decision.reason())
                .isEqualTo("no usable temp root: every candidate was refused (devdrive.tmpRoot is set)");
        assertThat(decision.refusedRoots()).containsExactly(refusals.get(root));
    }

    @Test
    void userPropertiesWinOverProjectProperties() throws Exception {
        Map<String, String> offInProject = Map.of("devdrive.mode", "off");

        assertThat(generator
                        .generate(inputs(projectOnDevDrive(), Map.of(), offInProject))
                        .facts()
                        .decision()
                        .mode())
                .isEqualTo(Mode.OFF);
        assertThat(generator
                        .generate(inputs(projectOnDevDrive(), Map.of("devdrive.mode", "same-volume"), offInProject))
                        .facts()
                        .decision()
                        .mode())
                .isEqualTo(Mode.SAME_VOLUME);
    }

    @Test
    void anInvalidPropertyFailsLikeTheExtensionWould() {
        assertThatThrownBy(() ->
                        generator.generate(inputs(projectOnDevDrive(), Map.of("devdrive.skip", "maybe"), Map.of())))
                .isInstanceOf(InvalidPropertyException.class)
                .hasMessageContaining("'maybe'")
                .hasMessageContaining("devdrive.skip");
    }

    @Test
    void withoutAProjectThereIsNoDecisionToMake() throws Exception {
        Map<String, String> locations = Map.of(LocationNames.PROJECT, devDriveRoot.toString());

        ReportFacts facts = generator
                .generate(inputs(locations, Map.of("devdrive.mode", "same-volume"), Map.of()))
                .facts();

        assertThat(facts.decision().redirect()).isFalse();
        assertThat(facts.decision().mode()).isEqualTo(Mode.SAME_VOLUME);
        assertThat(facts.decision().reason()).startsWith("no project here");
    }

    @Test
    void recommendationsAreDerivedFromTheFacts() throws Exception {
        DevDriveReport report = generator.generate(inputs(projectOnDevDrive(), Map.of(), Map.of()));

        assertThat(report.recommendations()).isEqualTo(Recommendations.of(report.facts()));
        assertThat(report.recommendations()).extracting(Recommendation::id).contains("trust-dev-drive", "maven-tmpdir");
    }

    @Test
    void aValueThatIsNoPathIsReportedNotThrown() throws Exception {
        Map<String, String> locations = Map.of(LocationNames.TMPDIR, "bad\u0000path");

        Location tmpdir = generator
                .generate(inputs(locations, Map.of(), Map.of()))
                .facts()
                .location(LocationNames.TMPDIR)
                .orElseThrow();

        assertThat(tmpdir.path()).isEqualTo("bad\u0000path");
        assertThat(tmpdir.real()).isEmpty();
        assertThat(tmpdir.problem()).startsWith("not a valid path");
        assertThat(tmpdir.volume().devDrive().isUnknown()).isTrue();
    }

    @Test
    void aBareDriveInDevDriveMeansItsRoot() throws Exception {
        Location devDriveEnv = generator
                .generate(inputs(Map.of(LocationNames.DEV_DRIVE, "E:"), Map.of(), Map.of()))
                .facts()
                .location(LocationNames.DEV_DRIVE)
                .orElseThrow();

        assertThat(devDriveEnv.path()).isEqualTo("E:\\");
    }
}
