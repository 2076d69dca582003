package dev.devdrive.maven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SmallPartsTest {

    @ParameterizedTest
    @CsvSource({
        "-1, ?",
        "0, 0 B",
        "1023, 1023 B",
        "1024, 1.0 KiB",
        "4194304, 4.0 MiB",
        "1610612736, 1.5 GiB",
        "270553174016, 252.0 GiB",
        "9223372036854775807, 8.0 EiB"
    })
    void sizesAreHumanReadable(long bytes, String expected) {
        assertThat(HumanSize.of(bytes)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"text, TEXT", "json, JSON", "' JSON ', JSON", "Text, TEXT"})
    void formatsParse(String value, ReportFormat expected) {
        assertThat(ReportFormat.parse(value)).isEqualTo(expected);
    }

    @Test
    void anUnknownFormatNamesThePropertyTheValueAndTheChoices() {
        assertThatThrownBy(() -> ReportFormat.parse("xml"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("Invalid value 'xml' for property devdrive.format: expected one of text, json");
        assertThatThrownBy(() -> ReportFormat.parse("")).hasMessageContaining("''");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "D:\\|D:\\packages\\maven",
                "C:\\DevDrive\\|C:\\DevDrive\\packages\\maven",
                "/|/packages/maven",
                "/mnt/dev/|/mnt/dev/packages/maven",
                "\\\\?\\Volume{1}\\|\\\\?\\Volume{1}\\packages\\maven"
            })
    void childPathsUseTheRootsOwnSeparator(String root, String expected) {
        assertThat(VolumePaths.child(root, "packages", "maven")).isEqualTo(expected);
    }

    @Test
    void wslIsTheLinuxKernelFromMicrosoft() {
        assertThat(Fixtures.WSL.isWsl()).isTrue();
        assertThat(Fixtures.LINUX.isWsl()).isFalse();
        assertThat(Fixtures.WINDOWS.isWsl()).isFalse();
        assertThat(Fixtures.WINDOWS.isWindows()).isTrue();
    }
}
