package dev.devdrive.maven.report;

import java.util.List;

/**
 * A part a goal option adds to the report, such as the small-file measurement of {@code devdrive.measure}: it
 * comes after the report's own parts, in the text and in the JSON.
 */
public interface ReportSection {

    /** The field this section fills in the JSON report. */
    String jsonName();

    /** The field's value: maps, lists, strings, numbers, booleans or null. */
    Object json();

    /** The section's lines in the text report. */
    List<String> textLines();
}
