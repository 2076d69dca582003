package dev.devdrive.maven.report;

import static dev.devdrive.maven.report.LocationNames.BUILD_DIRECTORY;
import static dev.devdrive.maven.report.LocationNames.JAVA_IO_TMPDIR;
import static dev.devdrive.maven.report.LocationNames.LOCAL_REPOSITORY;
import static dev.devdrive.maven.report.LocationNames.PROJECT;
import static dev.devdrive.maven.report.LocationNames.TEMPORARY;

import dev.devdrive.maven.volume.VolumeFacts;
import dev.devdrive.maven.volume.VolumeKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Advice about slow or small volumes on any OS: WSL's Windows drives, tmpfs, network shares. Pure. */
final class VolumeAdvice {

    static final String WSL = "wsl-windows-drive";
    static final String TMPFS = "tmpfs-temp";
    static final String NETWORK = "network-volume";

    private static final long GIB = 1024L * 1024 * 1024;

    private VolumeAdvice() {}

    static Optional<Recommendation> wslProject(ReportFacts facts) {
        return facts.location(PROJECT)
                .filter(project -> isWslWindowsDrive(facts.os(), project))
                .map(project -> new Recommendation(
                        WSL,
                        "The project " + project.shownPath() + " is on a Windows drive mounted into WSL ("
                                + project.volume().label() + "): every file access crosses from Linux to"
                                + " Windows, which makes builds many times slower than on the Linux file system."
                                + " Keep the project in your WSL home directory; Windows tools reach it through"
                                + " \\\\wsl$.",
                        "mkdir -p ~/src && cp -a " + shellQuoted(project.shownPath()) + " ~/src/"));
    }

    /** One per tmpfs volume that holds a temporary directory. */
    static List<Recommendation> tmpfsTemporary(ReportFacts facts) {
        return Location.byVolume(facts.locations().stream()
                        .filter(l -> TEMPORARY.contains(l.name()))
                        .filter(l -> l.volume().fileSystem().equals("tmpfs")
                                && l.volume().totalBytes() > 0))
                .stream()
                .map(locations -> {
                    VolumeFacts volume = locations.get(0).volume();
                    return new Recommendation(
                            TMPFS,
                            names(locations) + " on tmpfs " + volume.root() + ": held in memory and limited to "
                                    + HumanSize.of(volume.totalBytes()) + " (" + HumanSize.of(volume.freeBytes())
                                    + " free). When it fills up, tests fail with \"No space left on device\"; its"
                                    + " files also take RAM from the build. This doubles its limit (tmpfs takes RAM"
                                    + " only for the files it holds, until reboot); or point "
                                    + locations.get(0).name() + " at a directory on a disk.",
                            "sudo mount -o remount,size=" + doubledGib(volume.totalBytes()) + "G " + volume.root());
                })
                .toList();
    }

    /** One per network volume and fix: the project and its build directory on one share are one problem. */
    static List<Recommendation> networkVolumes(ReportFacts facts) {
        boolean wsl = wslProject(facts).isPresent();
        Map<String, List<Location>> byVolumeAndFix = new LinkedHashMap<>();
        for (Location location : facts.locations()) {
            boolean buildTree =
                    location.name().equals(PROJECT) || location.name().equals(BUILD_DIRECTORY);
            boolean matters =
                    buildTree || location.name().equals(LOCAL_REPOSITORY) || TEMPORARY.contains(location.name());
            if (matters && location.volume().remote() && !(buildTree && wsl)) {
                String key = location.volume().id() + "|" + localAlternative(facts.os(), location.name());
                byVolumeAndFix.computeIfAbsent(key, k -> new ArrayList<>()).add(location);
            }
        }
        return byVolumeAndFix.values().stream()
                .map(locations -> new Recommendation(
                        NETWORK,
                        names(locations) + " on network volume "
                                + locations.get(0).volume().label()
                                + ": every file operation crosses the network, which makes builds and their"
                                + " temporary files slow. Move " + (locations.size() == 1 ? "it" : "them")
                                + " to a local disk."
                                + mavenOptsExplanation(
                                        facts.os(), locations.get(0).name()),
                        localAlternative(facts.os(), locations.get(0).name())))
                .toList();
    }

    private static String mavenOptsExplanation(OsInfo os, String name) {
        return name.equals(LOCAL_REPOSITORY) || name.equals(JAVA_IO_TMPDIR)
                ? " " + MavenOptsCommands.explanation(os)
                : "";
    }

    private static String localAlternative(OsInfo os, String name) {
        switch (name) {
            case LOCAL_REPOSITORY:
                return MavenOptsCommands.commands(os, "-Dmaven.repo.local=<a directory on a local disk>");
            case JAVA_IO_TMPDIR:
                return MavenOptsCommands.commands(os, "-Djava.io.tmpdir=<a directory on a local disk>");
            case PROJECT:
            case BUILD_DIRECTORY:
                return "git clone the project into a directory on a local disk and build it there";
            default:
                return "set " + name + " to a directory on a local disk";
        }
    }

    /** Twice the current size in whole GiB, rounded up: always larger than it is now. */
    static long doubledGib(long totalBytes) {
        return Math.max(1, (2 * totalBytes + GIB - 1) / GIB);
    }

    private static boolean isWslWindowsDrive(OsInfo os, Location project) {
        return project.volume().kind() == VolumeKind.WSL_WINDOWS_DRIVE
                || (os.isWsl() && project.shownPath().matches("/mnt/[A-Za-z](/.*)?"));
    }

    private static String names(List<Location> locations) {
        String joined = locations.stream()
                .map(l -> l.name() + " (" + l.shownPath() + ")")
                .collect(Collectors.joining(", "));
        return joined + (locations.size() == 1 ? " is" : " are");
    }

    private static String shellQuoted(String path) {
        return path.matches("[A-Za-z0-9_./-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
    }
}
