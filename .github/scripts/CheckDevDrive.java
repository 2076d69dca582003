import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * CI assertions on what devdrive-maven produced, runnable anywhere a JDK 11+ is (source launcher, no libraries).
 *
 * <pre>
 * java CheckDevDrive.java report REPORT.json [--expect-dev-drive LOC]... [--expect-not-dev-drive LOC]...
 *                                            [--expect-trusted LOC]... [--expect-not-trusted LOC]...
 *                                            [--expect-redirect true|false]
 * java CheckDevDrive.java facts FACTS.properties [--under DIR]... [--not-under DIR]... [--removed] [--owner-only]
 *                                              [--process-temp-under DIR]
 * </pre>
 *
 * LOC is a location name of the JSON report ("project", "userHome", "java.io.tmpdir", ...). Whatever the options,
 * a volume the report lists among its Dev Drives must never answer "no" at any location. --owner-only: the fork's
 * java.io.tmpdir grants access to its owner, SYSTEM and Administrators only (ACL), or is rwx------ (POSIX).
 * --process-temp-under: TMP and TEMP must be under DIR and the other path options leave them out (on Windows the
 * extension leaves a fork's process temp directory alone, so that jps and jcmd find the fork).
 * Exit 0 when every expectation holds, 1 when one does not (each failure on its own line), 2 on a usage error.
 */
public class CheckDevDrive {
    // UTF-8 whatever the platform's console charset, so that paths print the same in every CI log.
    private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    private static final PrintStream ERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    /** The facts that are paths; the others say who may access java.io.tmpdir. */
    private static final List<String> PATH_FACTS = List.of("TEMP", "TMP", "java.io.tmpdir", "tempFile");
    /** Who besides the owner may be granted access to a private directory: what Windows itself needs. */
    private static final List<String> SYSTEM_PRINCIPALS = List.of("NT AUTHORITY\\SYSTEM", "BUILTIN\\Administrators");
    private final List<String> failures = new ArrayList<>();

    public static void main(String[] args) {
        CheckDevDrive check = new CheckDevDrive();
        try {
            if (args.length < 2) throw new UsageException("expected a subcommand and a file");
            boolean report = args[0].equals("report");
            if (!report && !args[0].equals("facts"))
                throw new UsageException("unknown subcommand '" + args[0] + "' (expected report or facts)");
            Map<String, List<String>> options = options(args, 2, report
                    ? List.of("--expect-dev-drive", "--expect-not-dev-drive", "--expect-trusted", "--expect-not-trusted",
                            "--expect-redirect")
                    : List.of("--under", "--not-under", "--removed", "--owner-only", "--process-temp-under"));
            Path file = Path.of(args[1]);
            if (!Files.isRegularFile(file)) check.fail("no such file: " + file.toAbsolutePath());
            else if (report) check.report(file, options);
            else check.facts(file, options);
        } catch (UsageException e) {
            ERR.println("usage error: " + e.getMessage());
            ERR.println("usage: java CheckDevDrive.java report REPORT.json [--expect-dev-drive LOC]..."
                    + " [--expect-not-dev-drive LOC]... [--expect-trusted LOC]... [--expect-not-trusted LOC]..."
                    + " [--expect-redirect true|false]");
            ERR.println("       java CheckDevDrive.java facts FACTS.properties [--under DIR]..."
                    + " [--not-under DIR]... [--removed] [--owner-only] [--process-temp-under DIR]");
            System.exit(2);
        } catch (IOException | IllegalArgumentException e) {
            check.fail("cannot read " + args[1] + ": " + e.getMessage());
        }
        check.failures.forEach(f -> ERR.println("FAIL: " + f));
        System.exit(check.failures.isEmpty() ? 0 : 1);
    }

    /** Parses "--flag value" pairs ("--removed" takes none); rejects unknown flags and a run with no expectation. */
    static Map<String, List<String>> options(String[] args, int from, List<String> allowed) throws UsageException {
        Map<String, List<String>> options = new LinkedHashMap<>();
        for (int i = from; i < args.length; i++) {
            String flag = args[i];
            if (!allowed.contains(flag)) throw new UsageException("unknown option '" + flag + "'");
            if (flag.equals("--removed") || flag.equals("--owner-only")) options.computeIfAbsent(flag, k -> new ArrayList<>());
            else if (++i == args.length) throw new UsageException(flag + " needs a value");
            else options.computeIfAbsent(flag, k -> new ArrayList<>()).add(args[i]);
        }
        if (options.isEmpty()) throw new UsageException("nothing to check: give at least one option");
        List<String> redirect = options.getOrDefault("--expect-redirect", List.of());
        if (!redirect.stream().allMatch(v -> v.equals("true") || v.equals("false")))
            throw new UsageException("--expect-redirect takes true or false");
        return options;
    }

    void report(Path file, Map<String, List<String>> options) throws IOException {
        Map<?, ?> report = object(new Json(Files.readString(file, StandardCharsets.UTF_8)).document(), "report");
        Object version = report.get("schemaVersion");
        if (!(version instanceof BigDecimal) || ((BigDecimal) version).compareTo(BigDecimal.ONE) != 0)
            fail("schemaVersion is " + version + ", expected 1");
        for (String name : options.getOrDefault("--expect-dev-drive", List.of())) expectVolume(report, name, "devDrive", "yes");
        for (String name : options.getOrDefault("--expect-not-dev-drive", List.of())) expectVolume(report, name, "devDrive", "no");
        for (String name : options.getOrDefault("--expect-trusted", List.of())) expectVolume(report, name, "trusted", "yes");
        for (String name : options.getOrDefault("--expect-not-trusted", List.of())) expectVolume(report, name, "trusted", "no");
        expectDevDrivesNeverNo(report);
        for (String expected : options.getOrDefault("--expect-redirect", List.of())) {
            Object redirect = object(report.get("decision"), "decision").get("redirect");
            if (!String.valueOf(redirect).equals(expected))
                fail("decision.redirect is " + redirect + ", expected " + expected
                        + " (reason: " + object(report.get("decision"), "decision").get("reason") + ")");
        }
    }

    private void expectVolume(Map<?, ?> report, String name, String answer, String expected) {
        Map<?, ?> location = null;
        if (!(report.get("locations") instanceof List)) throw new IllegalArgumentException("locations is not a list");
        for (Object candidate : (List<?>) report.get("locations")) {
            if (name.equals(object(candidate, "location").get("name"))) location = (Map<?, ?>) candidate;
        }
        if (location == null) {
            fail("location '" + name + "' is not in the report");
            return;
        }
        String where = "location '" + name + "' (" + location.get("path") + ")";
        if (!(location.get("volume") instanceof Map)) {
            fail(where + " has no volume (problem: " + location.get("problem") + ")");
            return;
        }
        Map<?, ?> state = object(((Map<?, ?>) location.get("volume")).get(answer), answer);
        if (expected.equals(state.get("state"))) OUT.println("OK: " + where + " " + answer + " is " + expected);
        else fail(where + ": " + answer + " is '" + state.get("state") + "', expected '" + expected + "' (reason: "
                + state.get("reason") + ")");
    }

    /** A volume the report found to be a Dev Drive is a Dev Drive wherever it appears: trust cannot make it "no". */
    private void expectDevDrivesNeverNo(Map<?, ?> report) {
        if (!(report.get("devDrives") instanceof List) || !(report.get("locations") instanceof List)) return;
        List<Object> devDriveIds = new ArrayList<>();
        for (Object devDrive : (List<?>) report.get("devDrives")) {
            Map<?, ?> volume = object(devDrive, "devDrives entry");
            devDriveIds.add(volume.get("id"));
            if (!"yes".equals(object(volume.get("devDrive"), "devDrive").get("state")))
                fail("devDrives lists " + volume.get("root") + " but its devDrive is not yes: " + volume.get("devDrive"));
        }
        for (Object candidate : (List<?>) report.get("locations")) {
            Map<?, ?> location = object(candidate, "location");
            if (!(location.get("volume") instanceof Map)) continue;
            Map<?, ?> volume = (Map<?, ?>) location.get("volume");
            if (devDriveIds.contains(volume.get("id"))
                    && "no".equals(object(volume.get("devDrive"), "devDrive").get("state")))
                fail("location '" + location.get("name") + "' is on the Dev Drive " + volume.get("root")
                        + " but its devDrive is 'no' (reason: " + object(volume.get("devDrive"), "devDrive").get("reason") + ")");
        }
    }

    void facts(Path file, Map<String, List<String>> options) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
            properties.load(reader);
        }
        if (properties.isEmpty()) fail(file + " holds no facts");
        Map<String, String> facts = new TreeMap<>();
        properties.stringPropertyNames().forEach(k -> facts.put(k, properties.getProperty(k)));
        facts.forEach((key, value) -> {
            if (!PATH_FACTS.contains(key)) return;
            if (value.isBlank()) {
                fail(key + " is empty");
                return;
            }
            List<String> processTemp = options.get("--process-temp-under");
            if (processTemp != null && (key.equals("TMP") || key.equals("TEMP"))) {
                for (String dir : processTemp) {
                    if (!Paths.under(value, dir)) fail(key + " = " + value + " is not under " + dir);
                }
                return;
            }
            for (String dir : options.getOrDefault("--under", List.of())) {
                if (!Paths.under(value, dir)) fail(key + " = " + value + " is not under " + dir);
            }
            for (String dir : options.getOrDefault("--not-under", List.of())) {
                if (Paths.under(value, dir)) fail(key + " = " + value + " is under " + dir);
            }
            if (options.containsKey("--removed")) expectRemoved(key, value);
        });
        if (options.containsKey("--owner-only")) expectOwnerOnly(facts);
        if (failures.isEmpty()) OUT.println("OK: " + PATH_FACTS.stream().filter(facts::containsKey).toList() + " in " + file
                + " as expected" + (options.containsKey("--owner-only") ? ", java.io.tmpdir private to " + facts.get("tmpdirOwner") : ""));
    }

    /** java.io.tmpdir is rwx------ (POSIX) or its ACL allows only its owner, SYSTEM and Administrators. */
    private void expectOwnerOnly(Map<String, String> facts) {
        String owner = facts.get("tmpdirOwner");
        String permissions = facts.get("tmpdirPermissions");
        List<String> allowed = new ArrayList<>();
        facts.forEach((key, value) -> {
            if (key.startsWith("tmpdirAcl.") && value.startsWith("ALLOW ")) allowed.add(value.substring("ALLOW ".length()));
        });
        if (owner == null) fail("no tmpdirOwner fact: the facts do not say who may access java.io.tmpdir");
        else if (permissions != null) {
            if (!permissions.equals("rwx------")) fail("java.io.tmpdir is " + permissions + ", expected rwx------");
        } else if (!allowed.contains(owner)) fail("the ACL of java.io.tmpdir does not allow its owner " + owner + ": " + allowed);
        else allowed.stream()
                .filter(principal -> !principal.equals(owner) && !SYSTEM_PRINCIPALS.contains(principal))
                .forEach(principal -> fail("the ACL of java.io.tmpdir allows " + principal
                        + " (only the owner " + owner + " and " + SYSTEM_PRINCIPALS + " may be allowed)"));
    }

    /** The build's own temp directory (the b-* ancestor) must be gone, and so everything below it. */
    private void expectRemoved(String key, String value) {
        String buildDir = Paths.buildDirectory(value);
        if (buildDir == null) fail(key + " = " + value + " has no per-build directory (b-*) in its path");
        else if (Files.exists(Path.of(buildDir))) fail(key + ": per-build directory " + buildDir + " was left behind");
        else if (Files.exists(Path.of(value))) fail(key + ": " + value + " was left behind");
    }

    void fail(String message) {
        failures.add(message);
    }

    static Map<?, ?> object(Object value, String what) {
        if (value instanceof Map) return (Map<?, ?>) value;
        throw new IllegalArgumentException(what + " is not a JSON object: " + value);
    }

    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }

    /** Textual path comparison that works for Windows paths on any OS, falling back to real paths when both exist. */
    static final class Paths {
        static boolean under(String path, String dir) {
            String p = normalize(path), d = normalize(dir);
            if (p.equals(d) || p.startsWith(d + "/")) return true;
            try {
                Path realPath = Path.of(path), realDir = Path.of(dir);
                return Files.exists(realPath) && Files.exists(realDir)
                        && realPath.toRealPath().startsWith(realDir.toRealPath());
            } catch (IOException | RuntimeException e) {
                return false;
            }
        }

        /** Forward slashes, no trailing slash, lower case for drive-letter and UNC paths (case-insensitive there). */
        static String normalize(String path) {
            String p = path.trim().replace('\\', '/');
            while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
            boolean windows = p.matches("^[A-Za-z]:.*") || p.startsWith("//");
            return windows ? p.toLowerCase(Locale.ROOT) : p;
        }

        /** The nearest ancestor named b-*, spelled as in the given path; null when there is none. */
        static String buildDirectory(String path) {
            String original = path.trim(), p = original.replace('\\', '/');
            int end = p.length();
            while (end > 0) {
                int start = p.lastIndexOf('/', end - 1);
                if (p.startsWith("b-", start + 1) && start + 1 < end) return original.substring(0, end);
                end = start;
            }
            return null;
        }
    }

    /** Minimal strict JSON reader (RFC 8259): objects as maps, arrays as lists, numbers as BigDecimal. */
    static final class Json {
        private final String text;
        private int pos;

        Json(String text) {
            this.text = text;
        }

        Object document() {
            Object value = value();
            skipSpace();
            if (pos != text.length()) throw error("trailing content");
            return value;
        }

        private Object value() {
            skipSpace();
            if (pos == text.length()) throw error("unexpected end");
            char c = text.charAt(pos);
            if (c == '{') return object();
            if (c == '[') return array();
            if (c == '"') return string();
            if (literal("true")) return Boolean.TRUE;
            if (literal("false")) return Boolean.FALSE;
            if (literal("null")) return null;
            return number();
        }

        private Map<String, Object> object() {
            Map<String, Object> map = new LinkedHashMap<>();
            pos++;
            if (next('}')) return map;
            do {
                skipSpace();
                if (pos == text.length() || text.charAt(pos) != '"') throw error("expected a member name");
                String key = string();
                if (!next(':')) throw error("expected ':'");
                map.put(key, value());
            } while (next(','));
            if (!next('}')) throw error("expected ',' or '}'");
            return map;
        }

        private List<Object> array() {
            List<Object> list = new ArrayList<>();
            pos++;
            if (next(']')) return list;
            do list.add(value());
            while (next(','));
            if (!next(']')) throw error("expected ',' or ']'");
            return list;
        }

        private String string() {
            StringBuilder out = new StringBuilder();
            pos++;
            while (true) {
                if (pos >= text.length()) throw error("unterminated string");
                char c = text.charAt(pos++);
                if (c == '"') return out.toString();
                if (c < 0x20) throw error("control character in string");
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                if (pos >= text.length()) throw error("unterminated escape");
                char e = text.charAt(pos++);
                int simple = "\"\\/bfnrt".indexOf(e);
                if (simple >= 0) out.append("\"\\/\b\f\n\r\t".charAt(simple));
                else if (e == 'u' && pos + 4 <= text.length() && text.substring(pos, pos + 4).matches("[0-9A-Fa-f]{4}")) {
                    out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    pos += 4;
                } else throw error("bad escape \\" + e);
            }
        }

        private BigDecimal number() {
            var m = java.util.regex.Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?")
                    .matcher(text).region(pos, text.length());
            if (!m.lookingAt()) throw error("unexpected character '" + text.charAt(pos) + "'");
            pos = m.end();
            return new BigDecimal(m.group());
        }

        private boolean literal(String word) {
            if (!text.startsWith(word, pos)) return false;
            pos += word.length();
            return true;
        }

        private boolean next(char c) {
            skipSpace();
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void skipSpace() {
            while (pos < text.length() && " \t\r\n".indexOf(text.charAt(pos)) >= 0) pos++;
        }

        private IllegalArgumentException error(String message) {
            return new IllegalArgumentException("invalid JSON at offset " + pos + ": " + message);
        }
    }
}
