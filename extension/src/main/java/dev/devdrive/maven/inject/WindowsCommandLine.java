package dev.devdrive.maven.inject;

/**
 * One argument as written on a Windows command line that {@code cmd.exe /C} runs: Surefire and Failsafe (every
 * version, through maven-shared-utils' {@code CmdShell}) and a forked javac (plexus-utils' {@code CmdShell}) start
 * their JVM as {@code cmd.exe /X /C "java … arguments"}, and an argument without a space goes there as it is.
 *
 * <p>cmd expands {@code %NAME%} first, inside quotes too, then takes {@code & | < > ( ) ^} literally only inside
 * quotes; the program then splits its command line by the C runtime's rules (the {@code java} launcher repeats
 * them), which drop the quotes. So every run of characters other than {@code %} goes inside quotes, and each
 * {@code %} outside them: the name cmd would read after a {@code %} runs to the next {@code %} and so starts with a
 * quote, which no variable's name does, and outside quotes cmd does nothing else with a {@code %}. (A caret before
 * it would be removed by the real cmd.exe but kept by Wine's, as the Windows JVM lane showed.) {@code !} is literal
 * unless delayed expansion is on (off by default; a registry value can turn it on), which no quoting survives: the
 * policy never picks a path with it.
 */
final class WindowsCommandLine {

    private WindowsCommandLine() {}

    /** Whether forks run on Windows, from the file name separator of their OS. */
    static boolean onWindows(String separator) {
        return "\\".equals(separator);
    }

    /**
     * {@code argument} quoted as above; it starts and ends with a quote, so that no {@code CmdShell} quotes it
     * again.
     *
     * @throws IllegalArgumentException for a {@code "}, which no Windows path holds
     */
    static String quoted(String argument) {
        if (argument.indexOf('"') >= 0) {
            throw new IllegalArgumentException("a quote cannot be passed through cmd.exe: " + argument);
        }
        StringBuilder quoted = new StringBuilder();
        int i = 0;
        while (i < argument.length()) {
            if (argument.charAt(i) == '%') {
                quoted.append('%');
                i++;
                continue;
            }
            int end = argument.indexOf('%', i);
            end = end < 0 ? argument.length() : end;
            quoted.append(inQuotes(argument.substring(i, end)));
            i = end;
        }
        // an empty quoted part keeps the closing quote last without adding a character
        return quoted.charAt(quoted.length() - 1) == '"' ? quoted.toString() : quoted + "\"\"";
    }

    /**
     * {@code text} in quotes for the C runtime, which halves backslashes that precede a quote: those before the
     * closing one are doubled. Enough on its own where cmd expands nothing, as on a batch file's line after
     * {@code %MAVEN_OPTS%} was expanded.
     */
    static String inQuotes(String text) {
        int backslashes = 0;
        while (backslashes < text.length() && text.charAt(text.length() - backslashes - 1) == '\\') {
            backslashes++;
        }
        return '"' + text + "\\".repeat(backslashes) + '"';
    }

    /**
     * {@link #quoted} for an argument that a {@code CmdShell} puts in quotes itself because it holds a space, and
     * as {@link #quoted} otherwise: plexus-utils quotes an argument that has a space and does not start and end with
     * a quote, escaping nothing, so those outer quotes must be the ones {@link #quoted} would write.
     */
    static String quotedAfter(String prefix, String argument) {
        String quoted = quoted(argument);
        return (prefix + argument).indexOf(' ') >= 0
                ? prefix + quoted.substring(1, quoted.length() - 1)
                : prefix + quoted;
    }
}
