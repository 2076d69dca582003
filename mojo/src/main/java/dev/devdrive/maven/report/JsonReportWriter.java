package dev.devdrive.maven.report;

import dev.devdrive.maven.inject.UserChoices;
import dev.devdrive.maven.policy.TempRootDecision;
import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.VolumeFacts;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a report as JSON ({@code -Ddevdrive.format=json}). The field names are a stable interface for
 * scripts and CI; a change that removes or renames a field must raise {@code schemaVersion}.
 *
 * <pre>{@code
 * {
 *   "schemaVersion": 1,
 *   "os": {"name": "...", "version": "...", "arch": "..."},
 *   "locations": [ {"name": "project" | "buildDirectory" | "java.io.tmpdir" | "TMP" | "TEMP" | "TMPDIR"
 *                            | "localRepository" | "mavenHome" | "JAVA_HOME" | "userHome" | "DEV_DRIVE",
 *                   "path": "...", "realPath": "..." or null, "problem": "" or why not fully examined,
 *                   "volume": VOLUME } ],
 *   "devDrives": [ VOLUME, ... ],
 *   "decision": {"redirect": true | false, "mode": "auto" | "same-volume" | "off",
 *                "root": "..." or null, "reason": "...",
 *                "refusedRoots": [ {"path": "...", "reason": "..."} ]},
 *   "userChoices": [ {"module": "core", "execution": "surefire (default-test)",
 *                     "leftAlone": ["argLine already sets java.io.tmpdir"]} ],
 *   "pluginsLeftAlone": [ {"module": "web", "execution": "exec-maven-plugin:exec (npm)", "reason": "..."} ],
 *   "recommendations": [ {"id": "trust-dev-drive", "message": "...", "action": "fsutil devdrv trust E:"} ]
 * }
 * VOLUME = {"id": "...", "root": "...", "fileSystem": "...", "totalBytes": n, "freeBytes": n,
 *           "remote": bool, "removable": bool, "devDrive": ANSWER, "trusted": ANSWER,
 *           "blockCloning": ANSWER, "notes": ["..."]}
 * ANSWER = {"state": "yes" | "no" | "unknown", "reason": "..."}
 * }</pre>
 *
 * With {@code -Ddevdrive.measure=true} a field {@code "measurement"} follows:
 * {@code {"work": "...", "fileBytes": 4096, "places": [{"name": "java.io.tmpdir" | "devdrive temp root" |
 * "build directory (same-volume)" | "Dev Drive <root>", "directory": "...", "files": n, "nanos": n,
 * "filesPerSecond": x, "ratio": x or null (files per second against the first place), "problem": ""}]}}.
 * Locations whose variable or property is unset are absent. Sizes are bytes, {@code -1} when unknown.
 * {@code decision.root} is the first root the extension would try, {@code null} when it would not redirect;
 * {@code decision.refusedRoots} are the candidates the build's root checks refuse, each with the build's reason.
 */
public final class JsonReportWriter {

    public static final int SCHEMA_VERSION = 1;

    private JsonReportWriter() {}

    public static String toJson(DevDriveReport report) {
        return toJson(report, List.of());
    }

    /** The report with the sections goal options add, each under its own field after the report's own. */
    public static String toJson(DevDriveReport report, List<ReportSection> sections) {
        ReportFacts facts = report.facts();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("schemaVersion", SCHEMA_VERSION);
        json.put("os", os(facts.os()));
        json.put(
                "locations",
                facts.locations().stream().map(JsonReportWriter::location).toList());
        json.put(
                "devDrives",
                facts.devDrives().stream().map(JsonReportWriter::volume).toList());
        json.put("decision", decision(facts.decision()));
        json.put(
                "userChoices",
                facts.userChoices().stream().map(JsonReportWriter::userChoice).toList());
        json.put(
                "pluginsLeftAlone",
                facts.pluginsLeftAlone().stream()
                        .map(JsonReportWriter::pluginLeftAlone)
                        .toList());
        json.put(
                "recommendations",
                report.recommendations().stream()
                        .map(JsonReportWriter::recommendation)
                        .toList());
        sections.forEach(section -> json.put(section.jsonName(), section.json()));
        return JsonText.write(json);
    }

    private static Map<String, Object> os(OsInfo os) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", os.name());
        json.put("version", os.version());
        json.put("arch", os.arch());
        return json;
    }

    private static Map<String, Object> location(Location location) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", location.name());
        json.put("path", location.path());
        json.put("realPath", location.real().map(Path::toString).orElse(null));
        json.put("problem", location.problem());
        json.put("volume", volume(location.volume()));
        return json;
    }

    private static Map<String, Object> volume(VolumeFacts volume) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", volume.id());
        json.put("root", volume.root());
        json.put("fileSystem", volume.fileSystem());
        json.put("totalBytes", volume.totalBytes());
        json.put("freeBytes", volume.freeBytes());
        json.put("remote", volume.remote());
        json.put("removable", volume.removable());
        json.put("devDrive", answer(volume.devDrive()));
        json.put("trusted", answer(volume.trusted()));
        json.put("blockCloning", answer(volume.blockCloning()));
        json.put("notes", List.copyOf(volume.notes()));
        return json;
    }

    private static Map<String, Object> answer(Answer answer) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("state", answer.state().name().toLowerCase(Locale.ROOT));
        json.put("reason", answer.reason());
        return json;
    }

    private static Map<String, Object> userChoice(UserChoices.Choice choice) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("module", choice.module());
        json.put("execution", choice.execution());
        json.put("leftAlone", choice.leftAlone());
        return json;
    }

    private static Map<String, Object> pluginLeftAlone(UserChoices.PluginLeftAlone plugin) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("module", plugin.module());
        json.put("execution", plugin.execution());
        json.put("reason", plugin.reason());
        return json;
    }

    private static Map<String, Object> decision(TempRootDecision decision) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("redirect", decision.redirect());
        json.put("mode", decision.mode().value());
        json.put(
                "root",
                decision.rootCandidates().stream()
                        .findFirst()
                        .map(candidate -> candidate.path().toString())
                        .orElse(null));
        json.put("reason", decision.reason());
        json.put(
                "refusedRoots",
                decision.refusedRoots().stream()
                        .map(refused -> {
                            Map<String, Object> root = new LinkedHashMap<>();
                            root.put("path", refused.path().toString());
                            root.put("reason", refused.reason());
                            return root;
                        })
                        .toList());
        return json;
    }

    private static Map<String, Object> recommendation(Recommendation recommendation) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("id", recommendation.id());
        json.put("message", recommendation.message());
        json.put("action", recommendation.action());
        return json;
    }
}
