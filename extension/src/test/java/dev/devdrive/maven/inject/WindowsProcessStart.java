package dev.devdrive.maven.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a Windows program receives when it is started the way Surefire and plexus-compiler start it:
 * {@code cmd.exe /X /C "<command line>"}. A model of cmd's documented parsing, in command-line (not batch) mode
 * with delayed expansion off (cmd's default), followed by the argument splitting of the Microsoft C runtime,
 * which the {@code java} launcher repeats (JLI_CmdToArgs).
 *
 * <ol>
 *   <li>{@code /C}: the first quote and the last quote of the rest of the line are removed ({@code cmd /?}).
 *   <li>Percent expansion, before anything else and inside quotes too: {@code %name%} becomes the variable's value
 *       when the variable is defined; otherwise the first {@code %} stays and scanning goes on at the second.
 *   <li>Special characters: {@code "} switches quoting on and off and stays; outside quotes {@code ^} makes the next
 *       character ordinary and disappears, and {@code & | < > ( )} split or redirect the command (an error here).
 *   <li>C runtime: space and tab separate outside quotes; {@code "} switches quoting and disappears, {@code ""}
 *       inside quotes is one literal quote; 2n backslashes before a quote give n and the quote still switches, 2n+1
 *       give n and a literal quote; backslashes elsewhere are literal.
 * </ol>
 */
final class WindowsProcessStart {

    private WindowsProcessStart() {}

    /** The arguments the program gets, its own name first; {@code line} is what follows {@code /C}. */
    static List<String> argv(String line, Map<String, String> environment) {
        return splitLikeTheCRuntime(specialCharacters(percentExpansion(stripSlashCQuotes(line), environment)));
    }

    /** The arguments of a batch file's command line whose percent expansion is done. */
    static List<String> argvOfExpandedBatchLine(String line) {
        return splitLikeTheCRuntime(specialCharacters(line));
    }

    private static String stripSlashCQuotes(String line) {
        if (!line.startsWith("\"")) {
            return line;
        }
        int last = line.lastIndexOf('"');
        return line.substring(1, last) + line.substring(last + 1);
    }

    private static String percentExpansion(String line, Map<String, String> environment) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            int close = c == '%' ? line.indexOf('%', i + 1) : -1;
            if (close < 0) {
                out.append(c);
                i++;
                continue;
            }
            String name = line.substring(i + 1, close);
            String value = environment.entrySet().stream()
                    .filter(e -> e.getKey().toUpperCase(Locale.ROOT).equals(name.toUpperCase(Locale.ROOT)))
                    .map(Map.Entry::getValue)
                    .findFirst()
                    .orElse(null);
            if (value == null) {
                out.append('%');
                i++;
            } else {
                out.append(value);
                i = close + 1;
            }
        }
        return out.toString();
    }

    private static String specialCharacters(String line) {
        StringBuilder out = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                quoted = !quoted;
                out.append(c);
            } else if (quoted) {
                out.append(c);
            } else if (c == '^') {
                if (++i < line.length()) {
                    out.append(line.charAt(i));
                }
            } else if ("&|<>()".indexOf(c) >= 0) {
                throw new IllegalArgumentException("cmd acts on an unquoted " + c + " at " + i + " in " + line);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static List<String> splitLikeTheCRuntime(String line) {
        List<String> argv = new ArrayList<>();
        StringBuilder current = null;
        boolean quoted = false;
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (!quoted && (c == ' ' || c == '\t')) {
                if (current != null) {
                    argv.add(current.toString());
                    current = null;
                }
                i++;
                continue;
            }
            if (current == null) {
                current = new StringBuilder();
            }
            if (c == '\\') {
                int end = i;
                while (end < line.length() && line.charAt(end) == '\\') {
                    end++;
                }
                int slashes = end - i;
                if (end < line.length() && line.charAt(end) == '"') {
                    current.append("\\".repeat(slashes / 2));
                    if (slashes % 2 == 1) {
                        current.append('"');
                        end++;
                    }
                } else {
                    current.append("\\".repeat(slashes));
                }
                i = end;
            } else if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    current.append('"');
                    i += 2;
                } else {
                    quoted = !quoted;
                    i++;
                }
            } else {
                current.append(c);
                i++;
            }
        }
        if (current != null) {
            argv.add(current.toString());
        }
        return argv;
    }
}
