package dev.devdrive.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every line a Windows report prints to set {@code MAVEN_OPTS} is one of the documented forms of its shell:
 * PowerShell's {@code $env:NAME = "value"} (about_Environment_Variables), cmd's {@code set "NAME=value"} (the
 * quotes around the whole assignment keep a trailing space or {@code &} out of the value) and
 * {@code setx NAME "value"} (setx takes one name and one value). Each rule proves itself on a line it must accept
 * and one it must reject, the latter the {@code NAME=value} line earlier reports printed, valid in neither shell.
 */
class WindowsCommandSyntaxTest {

    private record Form(String shell, Pattern syntax, String accepts, String rejects) {}

    private static final String VALUE = "\"-[A-Za-z][^\" ]*(?: -[A-Za-z][^\" ]*)*\"";

    private static final List<Form> FORMS = List.of(
            new Form(
                    "PowerShell",
                    Pattern.compile("\\$env:MAVEN_OPTS = " + VALUE),
                    "$env:MAVEN_OPTS = \"-Djava.io.tmpdir=D:\\tmp\"",
                    "MAVEN_OPTS=-Djava.io.tmpdir=D:\\tmp"),
            new Form(
                    "cmd",
                    Pattern.compile("set \"MAVEN_OPTS=-[A-Za-z][^\" ]*(?: -[A-Za-z][^\" ]*)*\""),
                    "set \"MAVEN_OPTS=-Djava.io.tmpdir=D:\\tmp\"",
                    "set MAVEN_OPTS = -Djava.io.tmpdir=D:\\tmp"),
            new Form(
                    "setx",
                    Pattern.compile("setx MAVEN_OPTS " + VALUE),
                    "setx MAVEN_OPTS \"-Djava.io.tmpdir=D:\\tmp\"",
                    "setx MAVEN_OPTS -Djava.io.tmpdir=D:\\tmp"));

    @Test
    void eachFormAcceptsItsExampleAndRejectsTheOldLine() {
        for (Form form : FORMS) {
            assertThat(form.syntax().matcher(form.accepts()).matches())
                    .as(form.shell() + " accepts " + form.accepts())
                    .isTrue();
            assertThat(FORMS.stream()
                            .anyMatch(f -> f.syntax().matcher(form.rejects()).matches()))
                    .as("no form accepts " + form.rejects())
                    .isFalse();
        }
    }

    @Test
    void everyMavenOptsLineOfAWindowsReportIsOneDocumentedFormAndEachShellGetsOne() {
        List<String> lines = RecommendedMavenLinesRunTest.windowsRecommendations().stream()
                .map(Recommendation::action)
                .flatMap(String::lines)
                .filter(line -> line.contains("MAVEN_OPTS"))
                .toList();
        assertThat(lines).isNotEmpty();
        for (String line : lines) {
            assertThat(FORMS.stream().filter(f -> f.syntax().matcher(line).matches()))
                    .as("documented Windows form of " + line)
                    .hasSize(1);
        }
        for (Form form : FORMS) {
            assertThat(lines.stream().filter(l -> form.syntax().matcher(l).matches()))
                    .as(form.shell() + " lines")
                    .hasSizeGreaterThanOrEqualTo(2);
        }
    }
}
