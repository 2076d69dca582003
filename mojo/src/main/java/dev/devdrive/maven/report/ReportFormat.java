package dev.devdrive.maven.report;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The report formats {@code devdrive.format} selects. */
public enum ReportFormat {
    TEXT("text") {
        @Override
        public String render(DevDriveReport report, List<ReportSection> sections) {
            StringBuilder text = new StringBuilder(TextReportRenderer.render(report));
            for (ReportSection section : sections) {
                text.append('\n');
                section.textLines().forEach(line -> text.append(line).append('\n'));
            }
            return text.toString();
        }
    },
    JSON("json") {
        @Override
        public String render(DevDriveReport report, List<ReportSection> sections) {
            return JsonReportWriter.toJson(report, sections);
        }
    };

    public static final String PROPERTY = "devdrive.format";

    private final String value;

    ReportFormat(String value) {
        this.value = value;
    }

    /** The spelling users write in {@value #PROPERTY}. */
    public String value() {
        return value;
    }

    public String render(DevDriveReport report) {
        return render(report, List.of());
    }

    /** The report with the sections goal options add after its own parts. */
    public abstract String render(DevDriveReport report, List<ReportSection> sections);

    /**
     * @throws IllegalArgumentException naming the property, the value and the valid values
     */
    public static ReportFormat parse(String text) {
        String wanted = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.value.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Invalid value '" + text + "' for property "
                        + PROPERTY + ": expected one of "
                        + Arrays.stream(values()).map(ReportFormat::value).collect(Collectors.joining(", "))
                        + " (set it with -D" + PROPERTY + "=...)"));
    }
}
