package dev.devdrive.maven.measure;

import dev.devdrive.maven.report.ReportSection;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The answer of {@code -Ddevdrive.measure=true}: how fast small-file work runs in each place, and how that
 * compares with the first place ({@code java.io.tmpdir}, where the build's JVMs put temp files now).
 *
 * @param places what each place measured, in the order measured
 */
public record SmallFileMeasurement(List<MeasuredPlace> places) implements ReportSection {

    public static final String PROPERTY = "devdrive.measure";

    /** Files per place and round: a few thousand files in all, a few seconds on a normal disk (see the budget). */
    static final int FILES_PER_ROUND = 1000;

    static final int ROUNDS = 2;

    /** At most this long per place and round: on a very slow volume fewer files, still a figure. */
    static final long BUDGET_NANOS = 3_000_000_000L;

    private static final int WARM_UP_FILES = 200;

    public SmallFileMeasurement {
        places = List.copyOf(places);
    }

    /**
     * Measures every place in alternating rounds, so a machine that gets busier meanwhile slows all of them, after
     * a warm-up in the first place that is not counted.
     *
     * @param progress receives one line per place and round
     */
    public static SmallFileMeasurement run(List<Place> places, Consumer<String> progress) {
        return run(places, FILES_PER_ROUND, ROUNDS, progress);
    }

    static SmallFileMeasurement run(List<Place> places, int filesPerRound, int rounds, Consumer<String> progress) {
        List<MeasuredPlace> results = new ArrayList<>();
        places.forEach(place -> results.add(new MeasuredPlace(place, 0, 0, "")));
        if (!places.isEmpty()) {
            try {
                SmallFileWork.run(places.get(0).directory(), Math.min(WARM_UP_FILES, filesPerRound), BUDGET_NANOS);
            } catch (IOException e) {
                // The first place's own rounds report it.
            }
        }
        for (int round = 1; round <= rounds; round++) {
            for (int i = 0; i < results.size(); i++) {
                MeasuredPlace sofar = results.get(i);
                if (!sofar.problem().isEmpty()) {
                    continue;
                }
                Place place = sofar.place();
                try {
                    SmallFileWork.Done done = SmallFileWork.run(place.directory(), filesPerRound, BUDGET_NANOS);
                    results.set(i, sofar.plus(done.files(), done.nanos()));
                    progress.accept(String.format(
                            Locale.ROOT,
                            "[devdrive] measuring small-file work, round %d/%d: %s (%s) %.0f files/s",
                            round,
                            rounds,
                            place.name(),
                            place.directory(),
                            done.files() * 1e9 / done.nanos()));
                } catch (IOException | RuntimeException e) {
                    results.set(i, MeasuredPlace.failed(place, "cannot measure in " + place.directory() + ": " + e));
                    progress.accept("[devdrive] " + results.get(i).problem());
                }
            }
        }
        return new SmallFileMeasurement(results);
    }

    /** Files per second here divided by files per second in the first place; 0 when either was not measured. */
    public double ratio(MeasuredPlace place) {
        MeasuredPlace first = places.get(0);
        return place.measured() && first.measured() ? place.filesPerSecond() / first.filesPerSecond() : 0;
    }

    @Override
    public String jsonName() {
        return "measurement";
    }

    @Override
    public Object json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("work", "create, write " + SmallFileWork.FILE_BYTES + " bytes, read back, delete");
        json.put("fileBytes", SmallFileWork.FILE_BYTES);
        json.put("places", places.stream().map(this::placeJson).toList());
        return json;
    }

    private Map<String, Object> placeJson(MeasuredPlace place) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", place.place().name());
        json.put("directory", place.place().directory().toString());
        json.put("files", place.files());
        json.put("nanos", place.nanos());
        json.put("filesPerSecond", round(place.filesPerSecond(), 0));
        json.put("ratio", place.measured() ? round(ratio(place), 2) : null);
        json.put("problem", place.problem());
        return json;
    }

    @Override
    public List<String> textLines() {
        List<String> lines = new ArrayList<>();
        lines.add("Small-file work (" + PROPERTY + "): create, write " + SmallFileWork.FILE_BYTES / 1024
                + " KB, read back, delete; files per second, and against "
                + places.get(0).place().name());
        int nameWidth = places.stream()
                .mapToInt(place -> place.place().name().length())
                .max()
                .orElse(0);
        int directoryWidth = places.stream()
                .mapToInt(place -> place.place().directory().toString().length())
                .max()
                .orElse(0);
        for (MeasuredPlace place : places) {
            String figures = place.measured()
                    ? String.format(
                            Locale.ROOT,
                            "%8.0f files/s  %5.2fx  (%d files)",
                            place.filesPerSecond(),
                            ratio(place),
                            place.files())
                    : place.problem();
            lines.add(String.format(
                    Locale.ROOT,
                    "  %-" + nameWidth + "s  %-" + directoryWidth + "s  %s",
                    place.place().name(),
                    place.place().directory(),
                    figures));
        }
        return lines;
    }

    private static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
