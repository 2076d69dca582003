package dev.devdrive.maven.inject;

import java.util.regex.Pattern;

/** Reading and extending a JVM argument line as Surefire and javac's {@code -J} options take it. */
final class ArgLines {

    static final String TMPDIR_PROPERTY = "java.io.tmpdir";

    /** A quote may precede the option: {@code "-Djava.io.tmpdir=C:\My Temp"} is a user's explicit choice too. */
    private static final Pattern SETS_TMPDIR = Pattern.compile("(^|[\\s\"'])(-J)?-Djava\\.io\\.tmpdir=");

    private ArgLines() {}

    static boolean setsTmpdir(String argLine) {
        return argLine != null && SETS_TMPDIR.matcher(argLine).find();
    }

    static String tmpdirOption(String directory) {
        return "-D" + TMPDIR_PROPERTY + "=" + directory;
    }

    /**
     * Appends an option, keeping everything already there, {@code @{argLine}} late replacement included.
     * Surefire splits the line like a shell, so an option with a space is quoted.
     */
    static String append(String argLine, String option) {
        String quoted = option.chars().anyMatch(Character::isWhitespace) ? "\"" + option + "\"" : option;
        return argLine == null || argLine.isBlank() ? quoted : argLine.strip() + " " + quoted;
    }
}
