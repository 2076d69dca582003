package dev.devdrive.maven.inject;

import java.util.regex.Pattern;

/** Reading and extending a JVM argument line as Surefire and javac's {@code -J} options take it. */
final class ArgLines {

    static final String TMPDIR_PROPERTY = "java.io.tmpdir";

    /**
     * A quote may precede the option: {@code "-Djava.io.tmpdir=C:\My Temp"} and, for javac on Windows,
     * {@code -J"-Djava.io.tmpdir=C:\My Temp"} are a user's explicit choice too.
     */
    private static final Pattern SETS_TMPDIR = Pattern.compile("(^|[\\s\"'])(-J\"?)?-Djava\\.io\\.tmpdir=");

    /**
     * A JVM argument file ({@code @file}, read by the java launcher) or options file ({@code -XX:VMOptionsFile=},
     * {@code -XX:Flags=}): its contents are the JVM's options too, and the extension does not read them.
     */
    private static final Pattern OPTIONS_FILE = Pattern.compile("(^|[\\s\"'])(@[^{\\s]|-XX:VMOptionsFile=|-XX:Flags=)");

    private ArgLines() {}

    static boolean namesOptionsFile(String argLine) {
        return argLine != null && OPTIONS_FILE.matcher(argLine).find();
    }

    static boolean setsTmpdir(String argLine) {
        return argLine != null && SETS_TMPDIR.matcher(argLine).find();
    }

    static String tmpdirOption(String directory) {
        return "-D" + TMPDIR_PROPERTY + "=" + directory;
    }

    /**
     * Appends an option, keeping everything already there, {@code @{argLine}} late replacement included.
     * The option is quoted so that it comes out of Surefire's splitting exactly as it is.
     */
    static String append(String argLine, String option) {
        String quoted = quote(option);
        return argLine == null || argLine.isBlank() ? quoted : argLine.strip() + " " + quoted;
    }

    /**
     * Surefire splits {@code argLine} with {@code CommandLineUtils.translateCommandline}: a space separates,
     * {@code "..."} and {@code '...'} quote and may adjoin to form one argument, and a backslash right before
     * a quote character escapes it (and stays). So {@code '} (as in {@code C:\Users\O'Brien}) and spaces go
     * inside double quotes, {@code "} inside single quotes, and no backslash is ever put right before a
     * quote that opens or closes: backslashes stay with the character that follows them, or, at the end,
     * outside the quotes.
     */
    static String quote(String option) {
        if (option.chars().noneMatch(c -> Character.isWhitespace(c) || c == '\'' || c == '"')) {
            return option;
        }
        StringBuilder quoted = new StringBuilder();
        char open = 0;
        int i = 0;
        while (i < option.length()) {
            int end = i;
            while (end < option.length() && option.charAt(end) == '\\') {
                end++;
            }
            if (end == option.length()) {
                open = close(quoted, open);
                quoted.append(option, i, end);
                break;
            }
            // backslashes (maybe none) and the character after them share one quoted group
            char group = option.charAt(end) == '"' ? '\'' : '"';
            if (open != group) {
                close(quoted, open);
                quoted.append(group);
                open = group;
            }
            quoted.append(option, i, end + 1);
            i = end + 1;
        }
        close(quoted, open);
        return quoted.toString();
    }

    private static char close(StringBuilder quoted, char open) {
        if (open != 0) {
            quoted.append(open);
        }
        return 0;
    }
}
