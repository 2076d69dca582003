package dev.devdrive.maven.report;

import dev.devdrive.maven.policy.RootCandidate;
import dev.devdrive.maven.policy.TempRootDecision;
import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.VolumeFacts;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Renders a report for people, on one screen: an aligned table of locations, notes, the Dev Drives on this
 * machine, what the extension would do, and the recommendations with their exact commands.
 */
public final class TextReportRenderer {

    static final List<String> COLUMNS = List.of("location", "path", "volume", "type", "Dev Drive", "trusted", "free");

    /** Messages wrap here; actions never wrap, so they can be copied as they are. */
    private static final int WIDTH = 100;

    private TextReportRenderer() {}

    public static String render(DevDriveReport report) {
        ReportFacts facts = report.facts();
        List<String> lines = new ArrayList<>();
        OsInfo os = facts.os();
        lines.add("devdrive report on " + os.name() + " " + os.version() + " (" + os.arch() + ")");
        lines.add("");
        lines.addAll(table(facts.locations()));
        List<String> notes = notes(facts.locations());
        if (!notes.isEmpty()) {
            lines.add("");
            lines.add("Notes");
            notes.forEach(note -> lines.add("  " + note));
        }
        lines.add("");
        lines.add("Dev Drives on this machine");
        lines.addAll(devDrives(facts));
        lines.add("");
        lines.addAll(decision(facts.decision()));
        lines.add("");
        if (!facts.userChoices().isEmpty()) {
            lines.add("Left as your POMs set them");
            facts.userChoices()
                    .forEach(choice -> lines.add("  " + choice.module() + "  " + choice.execution() + ": "
                            + String.join("; ", choice.leftAlone())));
            lines.add("");
        }
        if (!facts.pluginsLeftAlone().isEmpty()) {
            lines.add("Forking plugins left alone");
            facts.pluginsLeftAlone()
                    .forEach(plugin ->
                            lines.add("  " + plugin.module() + "  " + plugin.execution() + ": " + plugin.reason()));
            lines.add("");
        }
        lines.add("Recommendations");
        lines.addAll(recommendations(report.recommendations()));
        return String.join("\n", lines) + "\n";
    }

    private static List<String> table(List<Location> locations) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(COLUMNS);
        for (Location location : locations) {
            VolumeFacts volume = location.volume();
            rows.add(List.of(
                    location.name(),
                    location.shownPath(),
                    volume.root(),
                    volume.fileSystem().isEmpty() ? "?" : volume.fileSystem(),
                    state(volume.devDrive()),
                    volume.devDrive().isYes() ? state(volume.trusted()) : "-",
                    HumanSize.of(volume.freeBytes())));
        }
        int[] widths = new int[COLUMNS.size()];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                widths[i] = Math.max(widths[i], row.get(i).length());
            }
        }
        List<String> lines = new ArrayList<>();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(i == 0 ? "" : "  ").append(pad(row.get(i), widths[i]));
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** Why a path was not fully examined, and each volume's warnings once. */
    private static List<String> notes(List<Location> locations) {
        Set<String> notes = new LinkedHashSet<>();
        for (Location location : locations) {
            if (!location.problem().isEmpty()) {
                notes.add(location.name() + ": " + location.problem());
            }
        }
        for (Location location : locations) {
            location.volume()
                    .notes()
                    .forEach(note -> notes.add(location.volume().root() + ": " + note));
        }
        return List.copyOf(notes);
    }

    private static List<String> devDrives(ReportFacts facts) {
        if (facts.devDrives().isEmpty()) {
            return List.of(facts.os().isWindows() ? "  none found" : "  none (Dev Drive is a Windows feature)");
        }
        return facts.devDrives().stream()
                .map(v -> "  " + v.root() + "  " + v.fileSystem() + "  trusted: " + state(v.trusted()) + "  free "
                        + HumanSize.of(v.freeBytes()) + " of " + HumanSize.of(v.totalBytes()))
                .toList();
    }

    private static List<String> decision(TempRootDecision decision) {
        List<String> lines = new ArrayList<>();
        lines.add(
                "What the extension would do (devdrive.mode=" + decision.mode().value() + ")");
        lines.add("  redirect  " + (decision.redirect() ? "yes" : "no"));
        if (!decision.rootCandidates().isEmpty()) {
            lines.add("  root      "
                    + decision.rootCandidates().stream()
                            .map(RootCandidate::toString)
                            .collect(Collectors.joining(", else ")));
        }
        labelled(lines, "reason", decision.reason());
        decision.refusedRoots().forEach(refused -> labelled(lines, "refused", refused.toString()));
        return lines;
    }

    /** {@code label} in the column of labels, {@code text} wrapped into the column after it. */
    private static void labelled(List<String> lines, String label, String text) {
        List<String> wrapped = wrap(text, WIDTH - 12);
        lines.add("  " + String.format("%-10s", label) + wrapped.get(0));
        wrapped.subList(1, wrapped.size()).forEach(part -> lines.add("            " + part));
    }

    private static List<String> recommendations(List<Recommendation> recommendations) {
        if (recommendations.isEmpty()) {
            return List.of("  none: nothing to change");
        }
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < recommendations.size(); i++) {
            Recommendation recommendation = recommendations.get(i);
            List<String> message = wrap("[" + recommendation.id() + "] " + recommendation.message(), WIDTH - 5);
            String number = String.format(Locale.ROOT, "%2d. ", i + 1);
            lines.add(number + message.get(0));
            message.subList(1, message.size()).forEach(part -> lines.add("    " + part));
            recommendation.action().lines().forEach(action -> lines.add("      " + action));
        }
        return lines;
    }

    private static String state(Answer answer) {
        return answer.state().name().toLowerCase(Locale.ROOT);
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }

    /** Splits at spaces so no line is longer than {@code width}, unless one word is. */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
