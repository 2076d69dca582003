package dev.devdrive.maven.volume.linux;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses {@code /proc/self/mountinfo}: {@code 36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root
 * rw,errors=continue}. The optional fields before {@code -} vary in number; spaces, tabs, newlines and
 * backslashes in paths are written as octal escapes ({@code \040}).
 */
public final class MountInfoParser {

    private MountInfoParser() {}

    /** The entries of all well-formed lines; a malformed line is skipped, not fatal. */
    public static List<MountInfoEntry> parse(List<String> lines) {
        List<MountInfoEntry> entries = new ArrayList<>(lines.size());
        for (String line : lines) {
            parseLine(line).ifPresent(entries::add);
        }
        return entries;
    }

    static Optional<MountInfoEntry> parseLine(String line) {
        String[] fields = line.trim().split(" ");
        int separator = List.of(fields).indexOf("-");
        if (separator < 6 || fields.length < separator + 3) {
            return Optional.empty();
        }
        try {
            return Optional.of(new MountInfoEntry(
                    Integer.parseInt(fields[0]),
                    Integer.parseInt(fields[1]),
                    fields[2],
                    unescape(fields[3]),
                    unescape(fields[4]),
                    fields[5],
                    unescape(fields[separator + 1]),
                    unescape(fields[separator + 2]),
                    fields.length > separator + 3 ? fields[separator + 3] : ""));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    static String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        StringBuilder text = new StringBuilder(field.length());
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            if (c == '\\' && isOctal(field, i + 1)) {
                text.append((char) Integer.parseInt(field.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static boolean isOctal(String field, int start) {
        if (start + 3 > field.length()) {
            return false;
        }
        for (int i = start; i < start + 3; i++) {
            char c = field.charAt(i);
            if (c < '0' || c > '7') {
                return false;
            }
        }
        return true;
    }
}
