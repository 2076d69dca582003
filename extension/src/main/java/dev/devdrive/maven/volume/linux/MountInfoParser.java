package dev.devdrive.maven.volume.linux;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;

/**
 * Parses lines of {@code /proc/self/mountinfo} as proc(5) describes them:
 *
 * <pre>
 * 36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue
 * (1)(2)(3)   (4)   (5)      (6)      (7)   (8) (9)   (10)         (11)
 * </pre>
 *
 * Field 7 is zero or more optional fields, ended by the separator {@code -}. The kernel escapes space, tab,
 * newline and backslash in paths and options as octal ({@code \040}, {@code \011}, {@code \012},
 * {@code \134}); every other byte is printed as it is.
 */
final class MountInfoParser {

    private final Charset fileNames;

    /** @param fileNames how the JVM decodes file names, so decoded mount points compare equal to paths */
    public MountInfoParser(Charset fileNames) {
        this.fileNames = fileNames;
    }

    /** @throws IllegalArgumentException when the line does not have the documented shape */
    public MountInfoEntry parse(String line) {
        String[] fields = line.split(" ", -1);
        int separator = -1;
        for (int i = 6; i < fields.length; i++) {
            if (fields[i].equals("-")) {
                separator = i;
                break;
            }
        }
        if (separator < 0 || fields.length < separator + 4) {
            throw new IllegalArgumentException("not a mountinfo line: " + line);
        }
        String[] device = fields[2].split(":", -1);
        if (device.length != 2) {
            throw new IllegalArgumentException("no major:minor device in mountinfo line: " + line);
        }
        try {
            return new MountInfoEntry(
                    Integer.parseInt(fields[0]),
                    Integer.parseInt(fields[1]),
                    Integer.parseInt(device[0]),
                    Integer.parseInt(device[1]),
                    unescape(fields[3]),
                    unescape(fields[4]),
                    unescape(fields[5]),
                    unescape(fields[separator + 1]),
                    unescape(fields[separator + 2]),
                    unescape(fields[separator + 3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("bad number in mountinfo line: " + line, e);
        }
    }

    /** Decodes the kernel's {@code \ooo} octal escapes; a backslash not followed by three octal digits stays. */
    private String unescape(String field) {
        if (field.indexOf('\\') < 0) {
            return field;
        }
        // Escapes stand for bytes, so decode bytes first and turn them into characters once, like a path.
        byte[] raw = field.getBytes(fileNames);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\\'
                    && i + 3 < raw.length
                    && isOctal(raw[i + 1])
                    && isOctal(raw[i + 2])
                    && isOctal(raw[i + 3])) {
                bytes.write((raw[i + 1] - '0') * 64 + (raw[i + 2] - '0') * 8 + (raw[i + 3] - '0'));
                i += 3;
            } else {
                bytes.write(raw[i]);
            }
        }
        return bytes.toString(fileNames);
    }

    private static boolean isOctal(byte b) {
        return b >= '0' && b <= '7';
    }
}
