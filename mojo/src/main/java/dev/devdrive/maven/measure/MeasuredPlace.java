package dev.devdrive.maven.measure;

import java.util.Objects;

/**
 * What small-file work took in one place.
 *
 * @param place   where
 * @param files   files created, written, read and deleted (0 when it could not be measured)
 * @param nanos   the time they took
 * @param problem why it could not be measured, or empty
 */
public record MeasuredPlace(Place place, int files, long nanos, String problem) {

    public MeasuredPlace {
        Objects.requireNonNull(place, "place");
        problem = Objects.requireNonNullElse(problem, "");
    }

    static MeasuredPlace failed(Place place, String problem) {
        return new MeasuredPlace(place, 0, 0, problem);
    }

    public boolean measured() {
        return files > 0 && nanos > 0;
    }

    public double filesPerSecond() {
        return measured() ? files * 1e9 / nanos : 0;
    }

    MeasuredPlace plus(int moreFiles, long moreNanos) {
        return new MeasuredPlace(place, files + moreFiles, nanos + moreNanos, problem);
    }
}
