package dev.devdrive.maven.inject;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.maven.shared.utils.cli.CommandLineUtils;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Surefire splits {@code argLine} with {@code CommandLineUtils.translateCommandline} (its shaded copy of
 * maven-shared-utils): space separates, {@code '} and {@code "} quote, and nothing escapes. Every option
 * appended must come out of that parser exactly as it went in, after whatever the user's line holds.
 */
class ArgLinesTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "C:\\Users\\jo\\build",
                "C:\\My Builds\\core",
                "C:\\Users\\O'Brien\\build",
                "C:\\Users\\O'Brien\\My Builds",
                "C:\\Users\\Jürgen Ñoño\\ビルド\\core",
                "C:\\odd\\#;&^%!()[]{}=,@$`~+\\x",
                "/home/o'brien/a \"quoted\" dir/it's",
                "/tmp/tab\there",
                "/tmp/'leading and trailing'",
                "/tmp/\"\"",
                "C:\\ends with a backslash\\",
                "C:\\a b\\\\",
                "/a\\\"b c",
                "/x\\'y z",
                "/q\\\\\"",
            })
    void everyLegalPathSurvivesSurefiresParser(String directory) throws Exception {
        String option = ArgLines.tmpdirOption(directory);
        String line = ArgLines.append("-Xmx1g '-Dkept=a b' @{argLine}", option);

        assertThat(CommandLineUtils.translateCommandline(line))
                .containsExactly("-Xmx1g", "-Dkept=a b", "@{argLine}", option);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-Djava.io.tmpdir=/tmp/plain", "-javaagent:/a/b.jar"})
    void anOptionWithNothingToQuoteIsAppendedAsItIs(String option) {
        assertThat(ArgLines.append(null, option)).isEqualTo(option);
        assertThat(ArgLines.append(" -ea ", option)).isEqualTo("-ea " + option);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "@jvm.args|true",
                "-ea @/etc/app/jvm.args|true",
                "-XX:VMOptionsFile=/x/opts|true",
                "-XX:Flags=.hotspotrc|true",
                "@{argLine} -Dm=1|false",
                "-javaagent:agent.jar=destfile=a@b|false",
                "-ea|false"
            })
    void aJvmOptionsFileIsRecognisedButNotSurefiresLateReplacement(String argLine, boolean optionsFile) {
        assertThat(ArgLines.namesOptionsFile(argLine)).isEqualTo(optionsFile);
    }
}
