package dev.devdrive.maven.measure;

import dev.devdrive.maven.report.LocationNames;
import dev.devdrive.maven.report.ReportFacts;
import dev.devdrive.maven.volume.VolumeFacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Where {@code devdrive.measure} measures: the temp dir the build's JVMs use now ({@code java.io.tmpdir}), the
 * directory the extension would use instead, and each Dev Drive, each directory once.
 */
public final class MeasurementPlaces {

    static final String TMPDIR = LocationNames.JAVA_IO_TMPDIR;
    static final String EXTENSION_ROOT = "devdrive temp root";
    static final String BUILD_DIRECTORY = "build directory (same-volume)";

    private static final Map<String, String> STAND_INS =
            Map.of(LocationNames.PROJECT, "project directory", LocationNames.BUILD_DIRECTORY, "build directory");

    private MeasurementPlaces() {}

    public static List<Place> of(ReportFacts facts) {
        return of(facts, Files::isDirectory);
    }

    /**
     * @param isDirectory whether a path is an existing directory; a place that does not exist yet (the
     *                    extension makes its root on first use, {@code target} may not exist) is measured in its
     *                    nearest existing ancestor, which is on the same volume
     */
    static List<Place> of(ReportFacts facts, Predicate<Path> isDirectory) {
        List<Place> places = new ArrayList<>();
        Set<Path> seen = new LinkedHashSet<>();
        facts.location(TMPDIR)
                .ifPresent(tmp -> add(places, seen, facts, TMPDIR, Path.of(tmp.shownPath()), isDirectory));
        if (facts.decision().redirect()) {
            add(
                    places,
                    seen,
                    facts,
                    EXTENSION_ROOT,
                    facts.decision().rootCandidates().get(0).path(),
                    isDirectory);
        } else {
            facts.location(LocationNames.BUILD_DIRECTORY)
                    .ifPresent(build ->
                            add(places, seen, facts, BUILD_DIRECTORY, Path.of(build.shownPath()), isDirectory));
        }
        for (VolumeFacts devDrive : facts.devDrives()) {
            add(places, seen, facts, "Dev Drive " + devDrive.root(), Path.of(devDrive.root()), isDirectory);
        }
        return places;
    }

    private static void add(
            List<Place> places,
            Set<Path> seen,
            ReportFacts facts,
            String name,
            Path path,
            Predicate<Path> isDirectory) {
        Path wanted = path.toAbsolutePath().normalize();
        Path existing = wanted;
        while (existing != null && !isDirectory.test(existing)) {
            existing = existing.getParent();
        }
        if (existing != null && seen.add(existing)) {
            places.add(new Place(existing.equals(wanted) ? name : standIn(facts, existing) + " for " + name, existing));
        }
    }

    /** What a directory measured in place of one that does not exist yet is: the row says so. */
    private static String standIn(ReportFacts facts, Path measured) {
        return facts.locations().stream()
                .filter(location -> STAND_INS.containsKey(location.name()))
                .filter(location -> Path.of(location.shownPath())
                        .toAbsolutePath()
                        .normalize()
                        .equals(measured))
                .map(location -> STAND_INS.get(location.name()))
                .findFirst()
                .orElse(measured.getParent() == null ? "volume root" : "nearest existing parent");
    }
}
