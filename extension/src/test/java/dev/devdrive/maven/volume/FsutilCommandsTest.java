package dev.devdrive.maven.volume;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * fsutil cannot run here, so each command is checked against its documented syntax
 * ({@code fsutil devdrv trust [/f] <volume path>}, {@code fsutil devdrv query [<volume path>]}, learn.microsoft.com
 * windows-commands/fsutil-devdrv): one argument, which is a drive letter with its colon or an absolute folder
 * mount point, quoted when cmd and PowerShell would split it.
 */
class FsutilCommandsTest {

    private static final Pattern DOCUMENTED = Pattern.compile(
            "fsutil devdrv (trust|query) (?<volume>[A-Za-z]:|[A-Za-z]:\\\\[^\"\\s]+|\"[A-Za-z]:\\\\[^\"]+\")");

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "D:\\|D:",
                "E:|E:",
                "C:\\DevDrive\\|C:\\DevDrive",
                "C:\\mnt\\dev\\|C:\\mnt\\dev",
                "C:\\Dev Drives\\one\\|\"C:\\Dev Drives\\one\""
            })
    void eachVolumeIsNamedTheWayFsutilTakesIt(String root, String expected) {
        assertThat(FsutilCommands.volume(root)).isEqualTo(expected);
        for (String command : new String[] {FsutilCommands.trust(root), FsutilCommands.query(root)}) {
            Matcher matcher = DOCUMENTED.matcher(command);
            assertThat(matcher.matches()).as(command).isTrue();
            assertThat(matcher.group("volume")).isEqualTo(expected);
        }
    }
}
