package dev.devdrive.maven.report;

import static dev.devdrive.maven.report.LocationNames.BUILD_DIRECTORY;
import static dev.devdrive.maven.report.LocationNames.JAVA_IO_TMPDIR;
import static dev.devdrive.maven.report.LocationNames.LOCAL_REPOSITORY;
import static dev.devdrive.maven.report.LocationNames.PROJECT;
import static dev.devdrive.maven.report.LocationNames.TEMPORARY;

import dev.devdrive.maven.policy.BuildFacts;
import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.VolumeFacts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Advice about Dev Drives: trust, unknown state, and what to move onto one. Pure functions of the facts. */
final class DevDriveAdvice {

    static final String UNKNOWN = "dev-drive-unknown";
    static final String TRUST = "trust-dev-drive";
    static final String ENABLE_EXTENSION = "enable-extension";
    static final String MAVEN_TMPDIR = "maven-tmpdir";
    static final String LOCAL_REPOSITORY_ID = "move-local-repository";

    private DevDriveAdvice() {}

    /** One per volume of the project or build directory whose Dev Drive state could not be read. */
    static List<Recommendation> unknownDevDrive(ReportFacts facts) {
        return Location.byVolume(facts.locations().stream()
                        .filter(l -> l.name().equals(PROJECT) || l.name().equals(BUILD_DIRECTORY))
                        .filter(l -> l.volume().devDrive().isUnknown()))
                .stream()
                .map(locations -> {
                    VolumeFacts volume = locations.get(0).volume();
                    return new Recommendation(
                            UNKNOWN,
                            "Cannot tell whether " + volume.label() + ", the volume of " + names(locations)
                                    + ", is a Dev Drive: " + volume.devDrive().reason()
                                    + ". Unknown is never taken for yes: in mode auto the extension leaves temporary"
                                    + " files where they are. Act on the reason above and run the report again, or"
                                    + " redirect anyway with this option on the command line or in"
                                    + " .mvn/maven.config.",
                            "-Ddevdrive.mode=same-volume");
                })
                .toList();
    }

    /** One per Dev Drive, on this machine or under a location, that is not trusted. */
    static List<Recommendation> untrustedDevDrives(ReportFacts facts) {
        Map<String, VolumeFacts> devDrives = new LinkedHashMap<>();
        Stream.concat(facts.devDrives().stream(), facts.locations().stream().map(Location::volume))
                .filter(v -> v.devDrive().isYes())
                .forEach(v -> devDrives.putIfAbsent(v.id(), v));
        return devDrives.values().stream()
                .filter(v -> v.trusted().state() == Answer.State.NO)
                .map(v -> {
                    return new Recommendation(
                            TRUST,
                            "Dev Drive " + v.root() + " is not trusted: file system filters such as Microsoft"
                                    + " Defender's real-time scanning still run on it, which takes away much of its"
                                    + " speed. Run this in an elevated prompt (Run as administrator); check with"
                                    + " " + v.queryCommand() + ".",
                            v.trustCommand());
                })
                .toList();
    }

    /**
     * The build directory is on a Dev Drive (or the {@code DEV_DRIVE} volume) but temporary files go to another
     * volume. Decided from the same build facts as the policy's decision.
     */
    static List<Recommendation> temporaryOffDevDrive(ReportFacts facts) {
        Optional<BuildFacts> build = facts.build()
                .filter(b -> b.buildDirectory().volume().devDrive().isYes() || b.buildOnDevDriveEnvVolume());
        if (build.isEmpty()) {
            return List.of();
        }
        VolumeFacts fast = build.get().buildDirectory().volume();
        List<Location> elsewhere = facts.locations().stream()
                .filter(l -> TEMPORARY.contains(l.name()))
                .filter(l -> l.volume().isKnown() && !l.volume().id().equals(fast.id()))
                .toList();
        List<Recommendation> advice = new ArrayList<>();
        String where = fast.devDrive().isYes() ? "Dev Drive " + fast.root() : fast.root() + " (named by DEV_DRIVE)";
        if (!elsewhere.isEmpty() && !facts.extensionConfigured()) {
            advice.add(new Recommendation(
                    ENABLE_EXTENSION,
                    "The build directory is on " + where + " but " + placed(elsewhere) + ": tests, forked JVMs and the"
                            + " tools they start write their temporary files away from it. Load the devdrive"
                            + " extension, which gives every forked JVM (Surefire, Failsafe, forked javac) a"
                            + " temporary directory on " + fast.root() + ". Put this in .mvn/extensions.xml (add"
                            + " the <extension> element if the file exists):",
                    extensionsXml(facts.extensionVersion())));
        }
        elsewhere.stream()
                .filter(l -> l.name().equals(JAVA_IO_TMPDIR))
                .findFirst()
                .ifPresent(tmpdir -> {
                    String directory = VolumePaths.child(fast.root(), "tmp");
                    advice.add(new Recommendation(
                            MAVEN_TMPDIR,
                            "The Maven JVM's own java.io.tmpdir (" + tmpdir.shownPath() + ") is on "
                                    + tmpdir.volume().label()
                                    + ". The JVM reads it once at start, so only a JVM"
                                    + " option moves it (the extension cannot). Create " + directory
                                    + " first. " + MavenOptsCommands.explanation(facts.os()),
                            MavenOptsCommands.commands(facts.os(), "-Djava.io.tmpdir=" + directory)));
                });
        return advice;
    }

    /** A Dev Drive exists but the local repository is elsewhere. */
    static Optional<Recommendation> localRepository(ReportFacts facts) {
        Optional<Location> repository = facts.location(LOCAL_REPOSITORY);
        if (repository.isEmpty() || repository.get().volume().devDrive().state() != Answer.State.NO) {
            return Optional.empty();
        }
        return preferredDevDrive(facts).map(devDrive -> {
            String directory = VolumePaths.child(devDrive.root(), "packages", "maven");
            Location repo = repository.get();
            return new Recommendation(
                    LOCAL_REPOSITORY_ID,
                    "The local repository " + repo.shownPath() + " is on "
                            + repo.volume().label()
                            + ", not on a Dev Drive, while " + devDrive.root() + " is one: resolving and reading"
                            + " dependencies is faster there. Opt in with MAVEN_OPTS, or with <localRepository>"
                            + directory + "</localRepository> in ~/.m2/settings.xml. It causes a one-time"
                            + " re-download of every dependency into the new repository. "
                            + MavenOptsCommands.explanation(facts.os()),
                    MavenOptsCommands.commands(facts.os(), "-Dmaven.repo.local=" + directory));
        });
    }

    static String extensionsXml(String version) {
        return String.join(
                "\n",
                "<extensions>",
                "  <extension>",
                "    <groupId>dev.devdrive</groupId>",
                "    <artifactId>devdrive-maven-extension</artifactId>",
                "    <version>" + version + "</version>",
                "  </extension>",
                "</extensions>");
    }

    /** The project's own Dev Drive when it is on one, else the first Dev Drive found. */
    private static Optional<VolumeFacts> preferredDevDrive(ReportFacts facts) {
        Optional<VolumeFacts> projectVolume = facts.location(PROJECT)
                .map(Location::volume)
                .filter(v -> v.devDrive().isYes());
        return projectVolume.or(() -> Stream.concat(
                        facts.devDrives().stream(), facts.locations().stream().map(Location::volume))
                .filter(v -> v.devDrive().isYes())
                .findFirst());
    }

    private static String names(List<Location> locations) {
        return locations.stream().map(Location::name).collect(Collectors.joining(", "));
    }

    /** {@code java.io.tmpdir and TEMP (C:\Temp) are on C:\ (NTFS)}: one phrase per distinct path. */
    private static String placed(List<Location> locations) {
        Map<String, List<Location>> byPath = new LinkedHashMap<>();
        locations.forEach(l ->
                byPath.computeIfAbsent(l.shownPath(), p -> new ArrayList<>()).add(l));
        return byPath.entrySet().stream()
                .map(e -> e.getValue().stream().map(Location::name).collect(Collectors.joining(" and ")) + " ("
                        + e.getKey() + ") " + (e.getValue().size() == 1 ? "is" : "are") + " on "
                        + e.getValue().get(0).volume().label())
                .collect(Collectors.joining(", "));
    }
}
