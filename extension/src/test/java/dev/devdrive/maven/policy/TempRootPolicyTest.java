package dev.devdrive.maven.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devdrive.maven.config.DevDriveConfig;
import dev.devdrive.maven.config.Mode;
import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.PathVolume;
import dev.devdrive.maven.volume.VolumeFacts;
import dev.devdrive.maven.volume.VolumeKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class TempRootPolicyTest {

    private static final Path BUILD = Path.of("/d/src/app/target");
    private static final Path EXPLICIT = Path.of("/fast/tmp");

    /**
     * The whole decision table: mode x Dev Drive bit x build on the DEV_DRIVE volume x explicit root. Result
     * {@code keep} leaves temp alone; {@code volume} means the volume root first, then the build directory;
     * {@code build} means only the build directory; {@code explicit} means devdrive.tmpRoot.
     */
    @ParameterizedTest(name = "{0} devDrive={1} onDevDriveEnv={2} tmpRoot={3} -> {4}")
    @CsvSource({
        "auto,        YES,     false, false, volume",
        "auto,        YES,     true,  false, volume",
        "auto,        NO,      true,  false, volume",
        "auto,        UNKNOWN, true,  false, volume",
        "auto,        NO,      false, false, keep",
        "auto,        UNKNOWN, false, false, keep",
        "auto,        YES,     false, true,  explicit",
        "auto,        NO,      false, true,  explicit",
        "auto,        UNKNOWN, false, true,  explicit",
        "auto,        NO,      true,  true,  explicit",
        "same-volume, YES,     false, false, volume",
        "same-volume, NO,      true,  false, volume",
        "same-volume, NO,      false, false, build",
        "same-volume, UNKNOWN, false, false, build",
        "same-volume, UNKNOWN, true,  false, volume",
        "same-volume, YES,     false, true,  explicit",
        "same-volume, NO,      false, true,  explicit",
        "same-volume, UNKNOWN, true,  true,  explicit",
        "off,         YES,     false, false, keep",
        "off,         YES,     true,  false, keep",
        "off,         NO,      false, false, keep",
        "off,         UNKNOWN, false, false, keep",
        "off,         YES,     false, true,  keep",
        "off,         NO,      true,  true,  keep",
    })
    void decisionTable(String mode, Answer.State devDrive, boolean onDevDriveEnv, boolean tmpRoot, String expected) {
        DevDriveConfig config = new DevDriveConfig(
                Mode.valueOf(mode.toUpperCase().replace('-', '_')),
                tmpRoot ? Optional.of(EXPLICIT) : Optional.empty(),
                false);

        TempRootDecision decision = TempRootPolicy.decide(config, facts(devDrive, onDevDriveEnv, "jo"));

        RootCandidate eachBuildDirectory = new RootCandidate(BUILD.resolve("devdrive-tmp"), true);
        List<RootCandidate> expectedCandidates = switch (expected) {
            case "keep" -> List.of();
            case "volume" -> List.of(new RootCandidate(Path.of("/d/.devdrive-tmp/jo"), false), eachBuildDirectory);
            case "build" -> List.of(eachBuildDirectory);
            case "explicit" -> List.of(new RootCandidate(EXPLICIT.resolve("jo"), false));
            default -> throw new IllegalArgumentException(expected);
        };
        assertThat(decision.redirect()).isEqualTo(!expected.equals("keep"));
        assertThat(decision.rootCandidates()).isEqualTo(expectedCandidates);
        assertThat(decision.mode().value()).isEqualTo(mode);
        assertThat(decision.reason()).isNotBlank();
    }

    /**
     * What is decided before any detection: mode x OS x DEV_DRIVE x explicit root. {@code detect} means the
     * build's volume decides, so the volumes must be detected first.
     */
    @ParameterizedTest(name = "{0} os={1} DEV_DRIVE={2} tmpRoot={3} -> {4}")
    @CsvSource({
        "auto,        Linux,      '',  false, keep",
        "auto,        Mac OS X,   '',  false, keep",
        "auto,        Linux,      /d,  false, detect",
        "auto,        Windows 11, '',  false, detect",
        "auto,        Windows 11, E:,  false, detect",
        "auto,        Linux,      '',  true,  explicit",
        "auto,        Windows 11, '',  true,  explicit",
        "same-volume, Linux,      '',  false, detect",
        "same-volume, Windows 11, '',  false, detect",
        "same-volume, Linux,      '',  true,  explicit",
        "off,         Linux,      '',  false, keep",
        "off,         Windows 11, E:,  false, keep",
        "off,         Windows 11, '',  true,  keep",
    })
    void decisionsBeforeDetection(String mode, String os, String devDriveEnv, boolean tmpRoot, String expected) {
        DevDriveConfig config = new DevDriveConfig(
                Mode.valueOf(mode.toUpperCase().replace('-', '_')),
                tmpRoot ? Optional.of(EXPLICIT) : Optional.empty(),
                false);

        Optional<TempRootDecision> decision = TempRootPolicy.decideWithoutVolumes(config, os, devDriveEnv, "jo");

        switch (expected) {
            case "detect" -> assertThat(decision).isEmpty();
            case "keep" ->
                assertThat(decision)
                        .hasValueSatisfying(d -> assertThat(d.redirect()).isFalse());
            case "explicit" ->
                assertThat(decision)
                        .hasValueSatisfying(d -> assertThat(d.rootCandidates())
                                .containsExactly(new RootCandidate(EXPLICIT.resolve("jo"), false)));
            default -> throw new IllegalArgumentException(expected);
        }
    }

    /** Whatever is decided before detection is what the full decision says too, reason included. */
    @ParameterizedTest
    @CsvSource({"auto, true", "same-volume, true", "off, false", "off, true"})
    void theEarlyDecisionOfAUserChoiceIsTheFullOne(String mode, boolean tmpRoot) {
        DevDriveConfig config = new DevDriveConfig(
                Mode.valueOf(mode.toUpperCase().replace('-', '_')),
                tmpRoot ? Optional.of(EXPLICIT) : Optional.empty(),
                false);

        assertThat(TempRootPolicy.decideWithoutVolumes(config, "Windows 11", "", "jo"))
                .contains(TempRootPolicy.decide(config, facts(Answer.State.YES, true, "jo")));
    }

    @Test
    void autoOutsideWindowsSaysWhyAndHowToOverride() {
        TempRootDecision decision = TempRootPolicy.decideWithoutVolumes(DevDriveConfig.DEFAULT, "Linux", "", "jo")
                .orElseThrow();

        assertThat(decision.reason())
                .isEqualTo("no Dev Drive outside Windows (Linux) and DEV_DRIVE is not set;"
                        + " set devdrive.mode=same-volume to use the build directory's volume");
    }

    @Test
    void debugTextShowsEveryField() {
        TempRootDecision decision = new TempRootDecision(
                true, Mode.AUTO, List.of(new RootCandidate(EXPLICIT, false), new RootCandidate(BUILD, true)), "why");

        assertThat(decision.toString())
                .isEqualTo("TempRootDecision[redirect=true, mode=AUTO, rootCandidates=[" + EXPLICIT + ", " + BUILD
                        + " (each module in its own build directory)], reason=why, warning=false, refusedRoots=[]]");
    }

    /**
     * A root in build directories is each module's own: one module's may be refused (a link a test left, a
     * directory another user can change) while the others pass. That module's forks keep their usual temp
     * directory, and the decision lists its root as refused, so the report shows what the build will do.
     */
    @Test
    void aModulesOwnRootThatIsRefusedIsListedAndTheOthersStillRedirect() {
        Path top = Path.of("/p/target/devdrive-tmp");
        Path a = Path.of("/p/a/target");
        Path b = Path.of("/p/b/target");
        RootCandidate perModule = new RootCandidate(top, true);
        TempRootDecision decision = new TempRootDecision(true, Mode.SAME_VOLUME, List.of(perModule), "why");
        RootInspection inspection = (root, projectDirectory) -> root.equals(b.resolve("devdrive-tmp"))
                ? Optional.of(new RootRefusal(root, "it is a symbolic link"))
                : Optional.empty();

        TempRootDecision checked = TempRootPolicy.afterRootChecks(
                decision, inspection, Path.of("/p"), List.of(Path.of("/p/target"), a, b));

        assertThat(checked.redirect()).isTrue();
        assertThat(checked.rootCandidates()).containsExactly(perModule);
        assertThat(checked.refusedRoots())
                .containsExactly(new RootRefusal(b.resolve("devdrive-tmp"), "it is a symbolic link"));
        assertThat(checked.reason()).isEqualTo("why");
        // a shared root is one root for every module: nothing more to check
        RootCandidate shared = new RootCandidate(Path.of("/fast/jo"), false);
        assertThat(TempRootPolicy.afterRootChecks(
                                new TempRootDecision(true, Mode.AUTO, List.of(shared), "why"),
                                inspection,
                                Path.of("/p"),
                                List.of(a, b))
                        .refusedRoots())
                .isEmpty();
    }

    /** Every subset of two candidates refused, with and without a decision to redirect. */
    @ParameterizedTest
    @CsvSource({
        "true,  false, false, true,  2, 0",
        "true,  true,  false, true,  1, 1",
        "true,  false, true,  true,  1, 1",
        "true,  true,  true,  false, 0, 2",
        "false, true,  true,  false, 0, 0",
    })
    void rootChecksKeepTheCandidatesThatPassAndListTheOthersInOrder(
            boolean redirect, boolean refuseFirst, boolean refuseSecond, boolean redirects, int usable, int refused) {
        RootCandidate first = new RootCandidate(EXPLICIT, false);
        RootCandidate second = new RootCandidate(BUILD.resolve("devdrive-tmp"), true);
        TempRootDecision decision = new TempRootDecision(
                redirect, Mode.SAME_VOLUME, redirect ? List.of(first, second) : List.of(), "why", false);
        Path project = Path.of("/d/src/app");
        RootInspection inspection = (root, projectDirectory) -> {
            assertThat(projectDirectory).isEqualTo(project);
            boolean refuse = root.equals(first.path()) ? refuseFirst : refuseSecond;
            return refuse ? Optional.of(new RootRefusal(root, "no " + root)) : Optional.empty();
        };

        TempRootDecision checked = TempRootPolicy.afterRootChecks(decision, inspection, project, List.of());

        assertThat(checked.redirect()).isEqualTo(redirects);
        assertThat(checked.rootCandidates()).hasSize(usable);
        assertThat(checked.refusedRoots()).hasSize(refused);
        assertThat(checked.refusedRoots())
                .extracting(RootRefusal::path)
                .containsExactlyElementsOf(Stream.of(first, second)
                        .filter(c -> redirect && (c == first ? refuseFirst : refuseSecond))
                        .map(RootCandidate::path)
                        .toList());
        assertThat(checked.reason())
                .isEqualTo(redirect && !redirects ? "no usable temp root: every candidate was refused (why)" : "why");
    }

    @Test
    void unknownDevDriveSaysWhyAndHowToOverride() {
        TempRootDecision decision =
                TempRootPolicy.decide(DevDriveConfig.DEFAULT, facts(Answer.State.UNKNOWN, false, "jo"));

        assertThat(decision.reason())
                .contains("ERROR_NOT_READY")
                .contains("devdrive.mode=same-volume")
                .contains("ReFS /d");
    }

    @Test
    void reasonNamesTheDevDriveVariable() {
        TempRootDecision decision = TempRootPolicy.decide(DevDriveConfig.DEFAULT, facts(Answer.State.NO, true, "jo"));

        assertThat(decision.reason()).contains("DEV_DRIVE=E:");
    }

    @Test
    void unresolvedBuildDirectoryFallsBackToItsAbsolutePath() {
        PathVolume unresolved = new PathVolume(Path.of("/x/target"), null, VolumeFacts.unknown("/x", "gone"), "gone");
        BuildFacts facts = new BuildFacts(unresolved, Optional.empty(), "", false, "jo");

        TempRootDecision decision =
                TempRootPolicy.decide(new DevDriveConfig(Mode.SAME_VOLUME, Optional.empty(), false), facts);

        assertThat(decision.rootCandidates())
                .containsExactly(new RootCandidate(Path.of("/x/target/devdrive-tmp"), true));
    }

    @Test
    void aRootInTheBuildDirectoryIsEachModulesOwnAndAnyOtherRootIsShared() {
        RootCandidate eachBuildDirectory = new RootCandidate(Path.of("/x/target/devdrive-tmp"), true);
        RootCandidate shared = new RootCandidate(EXPLICIT, false);

        assertThat(eachBuildDirectory.pathFor(Path.of("/x/core/target")))
                .isEqualTo(Path.of("/x/core/target/devdrive-tmp"));
        assertThat(shared.pathFor(Path.of("/x/core/target"))).isEqualTo(EXPLICIT);
    }

    @ParameterizedTest
    @CsvSource({"jo, jo", "CORP\\jo, CORP_jo-", "'', user-", "'..', user-", "a b/c, a_b_c-", "jo.smith-2, jo.smith-2"})
    void userNamesBecomeOneSafeSegment(String name, String expected) {
        String safe = TempRootPolicy.safeName(name);

        assertThat(safe).matches("[A-Za-z0-9._-]+").startsWith(expected);
        assertThat(safe.length()).isEqualTo(expected.endsWith("-") ? expected.length() + 8 : expected.length());
    }

    @Test
    void accountsWhoseNamesDifferOnlyInCharactersThatAreReplacedGetTwoDirectories() {
        assertThat(TempRootPolicy.safeName("Jörgen"))
                .isNotEqualTo(TempRootPolicy.safeName("Jürgen"))
                .startsWith("J_rgen-");
        assertThat(TempRootPolicy.safeName("CORP\\jo")).isNotEqualTo(TempRootPolicy.safeName("CORP/jo"));
        assertThat(TempRootPolicy.safeName("Jörgen")).isEqualTo(TempRootPolicy.safeName("Jörgen"));
    }

    @ParameterizedTest
    @EnumSource(
            value = Mode.class,
            names = {"SAME_VOLUME", "AUTO"})
    void onWindowsTheVolumeRootComesFirstInEveryModeSoThatCleanNeverMeetsAHeldFile(Mode mode) {
        BuildFacts facts = windowsFacts(Answer.State.YES, BUILD);

        TempRootDecision decision = TempRootPolicy.decide(new DevDriveConfig(mode, Optional.empty(), false), facts);

        assertThat(decision.rootCandidates())
                .containsExactly(
                        RootCandidate.fixed(Path.of("/d", ".devdrive-tmp", "jo")),
                        RootCandidate.inEachBuildDirectory(BUILD));
    }

    @Test
    void onWindowsSameVolumeOnAnOrdinaryVolumeStillPrefersTheVolumeRoot() {
        TempRootDecision decision = TempRootPolicy.decide(
                new DevDriveConfig(Mode.SAME_VOLUME, Optional.empty(), false), windowsFacts(Answer.State.NO, BUILD));

        assertThat(decision.rootCandidates())
                .containsExactly(
                        RootCandidate.fixed(Path.of("/d", ".devdrive-tmp", "jo")),
                        RootCandidate.inEachBuildDirectory(BUILD));
    }

    @Test
    void elsewhereSameVolumeOnAnOrdinaryVolumeKeepsToTheBuildDirectory() {
        TempRootDecision decision = TempRootPolicy.decide(
                new DevDriveConfig(Mode.SAME_VOLUME, Optional.empty(), false), facts(Answer.State.NO, false, "jo"));

        assertThat(decision.rootCandidates()).containsExactly(RootCandidate.inEachBuildDirectory(BUILD));
    }

    @Test
    void onWindowsACandidateWithAnExclamationMarkIsSkipped() {
        Path build = Path.of("/d/hello!/target");

        TempRootDecision decision = TempRootPolicy.decide(
                new DevDriveConfig(Mode.SAME_VOLUME, Optional.empty(), false), windowsFacts(Answer.State.NO, build));

        assertThat(decision.redirect()).isTrue();
        assertThat(decision.warning()).isFalse();
        assertThat(decision.rootCandidates())
                .containsExactly(RootCandidate.fixed(Path.of("/d", ".devdrive-tmp", "jo")));
    }

    @Test
    void onWindowsANamedRootWithAnExclamationMarkLeavesTempAloneWithAWarning() {
        DevDriveConfig config = new DevDriveConfig(Mode.AUTO, Optional.of(Path.of("/fast/wow!")), false);

        TempRootDecision decision = TempRootPolicy.decideWithoutVolumes(config, "Windows 11", "", "jo")
                .orElseThrow();

        assertThat(decision.redirect()).isFalse();
        assertThat(decision.warning()).isTrue();
        assertThat(decision.reason()).contains("/fast/wow!/jo has a '!'").contains("set devdrive.tmpRoot");
        assertThat(TempRootPolicy.decideWithoutVolumes(config, "Linux", "", "jo")
                        .orElseThrow()
                        .redirect())
                .isTrue();
    }

    /**
     * DEV_DRIVE may name a directory that is a bind mount of part of a bigger file system (a container's volume):
     * the build counts as on it when it is on the same file system, but the root goes below the directory it names,
     * never to the top of that file system, which may be {@code /} (second review).
     */
    @Test
    void theRootForDevDriveGoesBelowTheDirectoryItNamesNotTheTopOfItsFileSystem() {
        VolumeFacts ext4 = new VolumeFacts(
                "vol-root",
                "/",
                "ext4",
                100,
                50,
                VolumeKind.LOCAL,
                Answer.no(""),
                Answer.no(""),
                Answer.no(""),
                List.of());
        Path named = Path.of("/srv/fast");
        BuildFacts facts = new BuildFacts(
                new PathVolume(BUILD, BUILD, ext4, ""),
                Optional.of(new PathVolume(named, named, ext4, "")),
                named.toString(),
                true,
                "jo",
                false);

        TempRootDecision decision = TempRootPolicy.decide(DevDriveConfig.DEFAULT, facts);

        assertThat(decision.redirect()).isTrue();
        assertThat(decision.rootCandidates().get(0).path()).isEqualTo(Path.of("/srv/fast/.devdrive-tmp/jo"));
        assertThat(decision.rootCandidates()).noneMatch(c -> c.path().startsWith("/.devdrive-tmp"));
    }

    private static BuildFacts windowsFacts(Answer.State devDrive, Path build) {
        VolumeFacts volume = new VolumeFacts(
                "vol-d",
                "/d",
                "NTFS",
                100,
                50,
                VolumeKind.LOCAL,
                new Answer(devDrive, ""),
                Answer.no(""),
                Answer.yes(""),
                List.of());
        return new BuildFacts(new PathVolume(build, build, volume, ""), Optional.empty(), "", false, "jo", true);
    }

    private static BuildFacts facts(Answer.State devDrive, boolean onDevDriveEnv, String user) {
        Answer answer = new Answer(devDrive, devDrive == Answer.State.UNKNOWN ? "ERROR_NOT_READY" : "");
        VolumeFacts volume = new VolumeFacts(
                "vol-d", "/d", "ReFS", 100, 50, VolumeKind.LOCAL, answer, Answer.no(""), Answer.yes(""), List.of());
        PathVolume build = new PathVolume(BUILD, BUILD, volume, "");
        // DEV_DRIVE naming the volume's root, as the setup-dev-drive action sets it
        Optional<PathVolume> named = onDevDriveEnv
                ? Optional.of(new PathVolume(Path.of("/d"), Path.of("/d"), volume, ""))
                : Optional.empty();
        return new BuildFacts(build, named, onDevDriveEnv ? "E:" : "", onDevDriveEnv, user);
    }
}
