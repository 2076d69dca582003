package dev.devdrive.maven.report;

import java.util.List;
import java.util.Objects;

/**
 * A complete report: the detected facts and the advice derived from them.
 *
 * @param facts           what was detected
 * @param recommendations what to change, derived from the facts by {@link Recommendations}
 */
public record DevDriveReport(ReportFacts facts, List<Recommendation> recommendations) {

    public DevDriveReport {
        Objects.requireNonNull(facts, "facts");
        recommendations = List.copyOf(recommendations);
    }

    public static DevDriveReport of(ReportFacts facts) {
        return new DevDriveReport(facts, Recommendations.of(facts));
    }
}
