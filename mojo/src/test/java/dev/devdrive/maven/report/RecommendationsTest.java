package dev.devdrive.maven.report;

import static dev.devdrive.maven.report.Fixtures.LINUX;
import static dev.devdrive.maven.report.Fixtures.WINDOWS;
import static dev.devdrive.maven.report.Fixtures.WSL;
import static dev.devdrive.maven.report.Fixtures.at;
import static dev.devdrive.maven.report.Fixtures.devDrive;
import static dev.devdrive.maven.report.Fixtures.ext4;
import static dev.devdrive.maven.report.Fixtures.facts;
import static dev.devdrive.maven.report.Fixtures.ntfs;
import static dev.devdrive.maven.report.Fixtures.unix;
import static org.assertj.core.api.Assertions.assertThat;

import dev.devdrive.maven.volume.Answer.State;
import dev.devdrive.maven.volume.VolumeFacts;
import dev.devdrive.maven.volume.VolumeKind;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommendationsTest {

    private static final VolumeFacts C = ntfs("C:\\");
    private static final VolumeFacts D = devDrive("D:\\", State.YES);
    private static final VolumeFacts D_UNTRUSTED = devDrive("D:\\", State.NO);
    private static final VolumeFacts E = devDrive("E:\\", State.YES);

    private static List<String> ids(ReportFacts facts) {
        return Recommendations.of(facts).stream().map(Recommendation::id).toList();
    }

    private static Recommendation only(String id, ReportFacts facts) {
        List<Recommendation> matching = Recommendations.of(facts).stream()
                .filter(r -> r.id().equals(id))
                .toList();
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    @Test
    void nothingToSayWithoutDevDrivesOnPlainDisks() {
        assertThat(Recommendations.of(facts(
                        WINDOWS,
                        List.of(
                                at("project", "C:\\src\\app", C),
                                at("java.io.tmpdir", "C:\\Users\\jo\\AppData\\Local\\Temp", C),
                                at("localRepository", "C:\\Users\\jo\\.m2\\repository", C)))))
                .isEmpty();
        assertThat(Recommendations.of(facts(LINUX, List.of(at("project", "/home/jo/app", ext4())))))
                .isEmpty();
    }

    @Test
    void localRepositoryOffTheDevDriveIsToldHowToMoveIt() {
        Recommendation move = only(
                "move-local-repository",
                facts(
                        WINDOWS,
                        List.of(
                                at("project", "C:\\src\\app", C),
                                at("localRepository", "C:\\Users\\jo\\.m2\\repository", C)),
                        List.of(D)));

        assertThat(move.action()).isEqualTo(windowsCommands("-Dmaven.repo.local=D:\\packages\\maven"));
        assertThat(move.message())
                .contains("C:\\Users\\jo\\.m2\\repository")
                .contains("<localRepository>D:\\packages\\maven</localRepository>")
                .contains("settings.xml")
                .contains("one-time re-download");
    }

    @Test
    void localRepositoryGoesToTheProjectsOwnDevDrive() {
        Recommendation move = only(
                "move-local-repository",
                facts(
                        WINDOWS,
                        List.of(at("project", "E:\\app", E), at("localRepository", "C:\\m2", C)),
                        List.of(D, E)));

        assertThat(move.action()).isEqualTo(windowsCommands("-Dmaven.repo.local=E:\\packages\\maven"));
    }

    @Test
    void localRepositoryStaysWhenAlreadyOnADevDriveUnknownOrNoDevDriveExists() {
        assertThat(ids(facts(WINDOWS, List.of(at("localRepository", "D:\\m2", D)), List.of(D))))
                .doesNotContain("move-local-repository");
        VolumeFacts unknown = VolumeFacts.unknown("F:\\", "ERROR_NOT_READY");
        assertThat(ids(facts(WINDOWS, List.of(at("localRepository", "F:\\m2", unknown)), List.of(D))))
                .doesNotContain("move-local-repository");
        assertThat(ids(facts(WINDOWS, List.of(at("localRepository", "C:\\m2", C)))))
                .isEmpty();
    }

    @Test
    void untrustedDevDriveIsTrustedOnceWithFsutil() {
        Recommendation trust = only(
                "trust-dev-drive",
                facts(WINDOWS, List.of(at("project", "D:\\app", D_UNTRUSTED)), List.of(D_UNTRUSTED)));

        assertThat(trust.action()).isEqualTo("fsutil devdrv trust D:");
        assertThat(trust.message()).contains("not trusted").contains("elevated");
    }

    @Test
    void trustedDevDriveNeedsNothingAndMountedFolderKeepsItsPath() {
        assertThat(ids(facts(WINDOWS, List.of(), List.of(D)))).isEmpty();
        VolumeFacts folder = devDrive("C:\\DevDrive\\", State.NO);

        assertThat(only("trust-dev-drive", facts(WINDOWS, List.of(), List.of(folder)))
                        .action())
                .isEqualTo("fsutil devdrv trust C:\\DevDrive");
    }

    @Test
    void projectOnWindowsDriveInWslIsToldToMoveToLinux() {
        VolumeFacts drvfs =
                unix("0:52", "/mnt/c", "9p", VolumeKind.WSL_WINDOWS_DRIVE, 500 * Fixtures.GIB, 100 * Fixtures.GIB);
        List<Location> locations =
                List.of(at("project", "/mnt/c/src/app", drvfs), at("buildDirectory", "/mnt/c/src/app/target", drvfs));

        assertThat(ids(facts(WSL, locations))).containsExactly("wsl-windows-drive");
        Recommendation wsl = only("wsl-windows-drive", facts(WSL, locations));
        assertThat(wsl.action()).isEqualTo("mkdir -p ~/src && cp -a /mnt/c/src/app ~/src/");
        assertThat(wsl.message()).contains("/mnt/c/src/app").contains("Linux file system");
    }

    @Test
    void aNinePShareOfAVirtualMachineIsANetworkVolumeNotAWindowsDrive() {
        VolumeFacts share = unix("0:70", "/mnt/host", "9p", VolumeKind.HOST_SHARE, -1, -1);

        assertThat(ids(facts(LINUX, List.of(at("project", "/mnt/host/app", share)))))
                .containsExactly("network-volume");
    }

    @Test
    void theBuildDirectoryNotTheProjectDecidesWhereTempBelongs() {
        List<Location> locations = List.of(
                at("project", "D:\\app", D),
                at("buildDirectory", "C:\\build\\app", C),
                at("java.io.tmpdir", "C:\\Temp", C));

        assertThat(ids(facts(WINDOWS, locations, List.of(D)))).doesNotContain("enable-extension", "maven-tmpdir");
    }

    @Test
    void wslIsRecognisedByPathWhenTheTypeIsUnusualButNotOnPlainLinux() {
        VolumeFacts fuse = unix("0:60", "/mnt/d", "fuse", VolumeKind.LOCAL, -1, -1);
        Location project = at("project", "/mnt/d/my app", fuse);

        assertThat(only("wsl-windows-drive", facts(WSL, List.of(project))).action())
                .isEqualTo("mkdir -p ~/src && cp -a '/mnt/d/my app' ~/src/");
        assertThat(ids(facts(LINUX, List.of(project)))).isEmpty();
    }

    @Test
    void projectOnDevDriveWithTempElsewhereEnablesTheExtensionAndMovesTheMavenTmpdir() {
        ReportFacts facts = facts(
                WINDOWS,
                List.of(
                        at("project", "D:\\src\\app", D),
                        at("java.io.tmpdir", "C:\\Users\\jo\\AppData\\Local\\Temp", C),
                        at("TEMP", "C:\\Users\\jo\\AppData\\Local\\Temp", C)),
                List.of(D));

        assertThat(ids(facts)).containsExactly("enable-extension", "maven-tmpdir");
        Recommendation extension = only("enable-extension", facts);
        assertThat(extension.message())
                .contains("Dev Drive D:\\")
                .contains("java.io.tmpdir and TEMP (C:\\Users\\jo\\AppData\\Local\\Temp) are on NTFS C:\\");
        assertThat(extension.action().lines())
                .contains(
                        "    <groupId>dev.devdrive</groupId>",
                        "    <artifactId>devdrive-maven-extension</artifactId>",
                        "    <version>1.2.3</version>");
        assertThat(only("maven-tmpdir", facts).action()).isEqualTo(windowsCommands("-Djava.io.tmpdir=D:\\tmp"));
    }

    @Test
    void extensionAlreadyLoadedLeavesOnlyTheMavenJvm() {
        List<Location> locations =
                List.of(at("project", "D:\\app", D), at("java.io.tmpdir", "C:\\Temp", C), at("TEMP", "C:\\Temp", C));
        ReportFacts facts = new ReportFacts(
                WINDOWS,
                locations,
                List.of(D),
                Fixtures.build(locations),
                Fixtures.KEEP,
                true,
                "1.2.3",
                List.of(),
                List.of());

        assertThat(ids(facts)).containsExactly("maven-tmpdir");
    }

    @Test
    void onlyChildProcessTempElsewhereNeedsTheExtensionButNotMavenOpts() {
        List<Location> locations =
                List.of(at("project", "D:\\app", D), at("java.io.tmpdir", "D:\\tmp", D), at("TEMP", "C:\\Temp", C));

        assertThat(ids(facts(WINDOWS, locations, List.of(D)))).containsExactly("enable-extension");
    }

    @Test
    void theDevDriveEnvVolumeCountsAsADevDriveForTemp() {
        VolumeFacts vhdx = ntfs("E:\\");
        List<Location> locations = List.of(
                at("project", "E:\\work", vhdx), at("java.io.tmpdir", "C:\\Temp", C), at("DEV_DRIVE", "E:\\", vhdx));

        Recommendation extension = only("enable-extension", facts(WINDOWS, locations));
        assertThat(extension.message()).contains("E:\\ (named by DEV_DRIVE)");

        Location missing =
                new Location("DEV_DRIVE", "E:\\", Path.of("E:\\"), "does not exist yet; examined E:\\", vhdx);
        assertThat(ids(facts(WINDOWS, List.of(locations.get(0), locations.get(1), missing))))
                .isEmpty();
    }

    @Test
    void unknownDevDriveStateExplainsItselfOncePerVolume() {
        VolumeFacts locked = VolumeFacts.unknown("F:\\", "ERROR_NOT_READY: volume is locked");
        ReportFacts facts = facts(
                WINDOWS, List.of(at("project", "F:\\app", locked), at("buildDirectory", "F:\\app\\target", locked)));

        Recommendation unknown = only("dev-drive-unknown", facts);
        assertThat(unknown.message())
                .contains("F:\\")
                .contains("project, buildDirectory")
                .contains("ERROR_NOT_READY: volume is locked");
        assertThat(unknown.action()).isEqualTo("-Ddevdrive.mode=same-volume");
    }

    @Test
    void unknownDevDriveStateBlamesOnlyTheErrorThatHappened() {
        VolumeFacts unsupported = VolumeFacts.unknown(
                "F:\\",
                "FSCTL_QUERY_PERSISTENT_VOLUME_STATE failed: ERROR_NOT_SUPPORTED (50): the request is not supported");
        ReportFacts facts = facts(WINDOWS, List.of(at("project", "F:\\app", unsupported)));

        assertThat(only("dev-drive-unknown", facts).message())
                .contains("ERROR_NOT_SUPPORTED")
                .doesNotContain("BitLocker")
                .doesNotContain("denies");
    }

    @Test
    void unknownStateOfOtherLocationsIsNotAboutTheDecision() {
        VolumeFacts locked = VolumeFacts.unknown("F:\\", "ERROR_NOT_READY");

        assertThat(ids(facts(WINDOWS, List.of(at("userHome", "F:\\jo", locked)))))
                .isEmpty();
    }

    @Test
    void tmpfsTempWarnsAboutItsSizeOncePerVolume() {
        VolumeFacts tmpfs = unix("0:40", "/tmp", "tmpfs", VolumeKind.IN_MEMORY, 4L * 1024 * 1024, 3L * 1024 * 1024);
        ReportFacts facts = facts(
                LINUX,
                List.of(
                        at("project", "/home/jo/app", ext4()),
                        at("java.io.tmpdir", "/tmp", tmpfs),
                        at("TMPDIR", "/tmp", tmpfs)));

        Recommendation warning = only("tmpfs-temp", facts);
        assertThat(warning.message())
                .contains("java.io.tmpdir (/tmp), TMPDIR (/tmp) are on tmpfs /tmp")
                .contains("4.0 MiB")
                .contains("3.0 MiB free")
                .contains("No space left on device");
        assertThat(warning.action()).isEqualTo("sudo mount -o remount,size=1G /tmp");
    }

    @Test
    void tmpfsAdviceGrowsTheVolumeItDescribes() {
        long total = 47L * Fixtures.GIB / 2;
        VolumeFacts shm = unix("0:26", "/dev/shm", "tmpfs", VolumeKind.IN_MEMORY, total, total);

        Recommendation warning = only("tmpfs-temp", facts(LINUX, List.of(at("java.io.tmpdir", "/dev/shm", shm))));

        assertThat(warning.message()).contains("23.5 GiB");
        assertThat(warning.action()).isEqualTo("sudo mount -o remount,size=47G /dev/shm");
    }

    @Test
    void tmpfsOutsideTempIsNotWarnedAbout() {
        VolumeFacts tmpfs = unix("0:40", "/dev/shm", "tmpfs", VolumeKind.IN_MEMORY, 1024, 1024);

        assertThat(ids(facts(LINUX, List.of(at("buildDirectory", "/dev/shm/target", tmpfs)))))
                .isEmpty();
    }

    @Test
    void networkVolumesAreWarnedAboutWithTheSettingThatMovesEachLocation() {
        VolumeFacts nfs = unix("0:70", "/net/home", "nfs4", VolumeKind.NETWORK, -1, -1);
        ReportFacts facts = facts(
                LINUX,
                List.of(
                        at("project", "/home/jo/app", ext4()),
                        at("TMPDIR", "/net/home/tmp", nfs),
                        at("localRepository", "/net/home/jo/.m2/repository", nfs),
                        at("userHome", "/net/home/jo", nfs)));

        List<Recommendation> network = Recommendations.of(facts).stream()
                .filter(r -> r.id().equals("network-volume"))
                .toList();
        assertThat(network)
                .extracting(Recommendation::action)
                .containsExactly(
                        "set TMPDIR to a directory on a local disk",
                        "export MAVEN_OPTS=\"-Dmaven.repo.local=<a directory on a local disk>\"");
        assertThat(network.get(1).message()).contains("nfs4 /net/home");
    }

    @Test
    void separateTmpfsVolumesEachGetAWarning() {
        VolumeFacts small = unix("0:40", "/tmp", "tmpfs", VolumeKind.IN_MEMORY, 1024, 1024);
        VolumeFacts other = unix("0:41", "/run/user/1000", "tmpfs", VolumeKind.IN_MEMORY, 2048, 2048);
        ReportFacts facts =
                facts(LINUX, List.of(at("java.io.tmpdir", "/tmp", small), at("TMPDIR", "/run/user/1000", other)));

        assertThat(Recommendations.of(facts))
                .extracting(Recommendation::action)
                .containsExactly("sudo mount -o remount,size=1G /tmp", "sudo mount -o remount,size=1G /run/user/1000");
    }

    @Test
    void aProjectOnANetworkShareOutsideWslIsToldToCloneItLocally() {
        VolumeFacts cifs = unix("0:80", "/srv/share", "cifs", VolumeKind.NETWORK, -1, -1);
        ReportFacts facts = facts(
                LINUX,
                List.of(at("project", "/srv/share/app", cifs), at("buildDirectory", "/srv/share/app/target", cifs)));

        Recommendation network = only("network-volume", facts);
        assertThat(network.action())
                .isEqualTo("git clone the project into a directory on a local disk and build it there");
        assertThat(network.message())
                .startsWith("project (/srv/share/app), buildDirectory (/srv/share/app/target) are on network volume"
                        + " cifs /srv/share");
    }

    @Test
    void everythingAtOnceComesInTheDocumentedOrder() {
        VolumeFacts locked = VolumeFacts.unknown("F:\\", "ERROR_NOT_READY");
        VolumeFacts share = new VolumeFacts(
                "\\\\?\\UNC",
                "\\\\server\\share\\",
                "SMB",
                -1,
                -1,
                VolumeKind.NETWORK,
                C.devDrive(),
                C.trusted(),
                C.blockCloning(),
                List.of());
        ReportFacts facts = facts(
                WINDOWS,
                List.of(
                        at("project", "F:\\app", locked),
                        at("buildDirectory", "D:\\out", D_UNTRUSTED),
                        at("java.io.tmpdir", "C:\\Temp", C),
                        at("localRepository", "\\\\server\\share\\m2", share)),
                List.of(D_UNTRUSTED));

        assertThat(ids(facts))
                .containsExactly(
                        "dev-drive-unknown",
                        "trust-dev-drive",
                        "enable-extension",
                        "maven-tmpdir",
                        "move-local-repository",
                        "network-volume");
        assertThat(Recommendations.of(facts)).isEqualTo(Recommendations.of(facts));
    }

    /** The three Windows lines, each written out, so a change to their syntax shows here. */
    private static String windowsCommands(String option) {
        return String.join(
                "\n",
                "$env:MAVEN_OPTS = \"" + option + "\"",
                "set \"MAVEN_OPTS=" + option + "\"",
                "setx MAVEN_OPTS \"" + option + "\"");
    }
}
