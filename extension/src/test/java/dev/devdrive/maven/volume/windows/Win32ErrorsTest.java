package dev.devdrive.maven.volume.windows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class Win32ErrorsTest {

    @ParameterizedTest
    @CsvSource({
        "1,    ERROR_INVALID_FUNCTION",
        "2,    ERROR_FILE_NOT_FOUND",
        "3,    ERROR_PATH_NOT_FOUND",
        "5,    ERROR_ACCESS_DENIED",
        "18,   ERROR_NO_MORE_FILES",
        "21,   ERROR_NOT_READY",
        "50,   ERROR_NOT_SUPPORTED",
        "53,   ERROR_BAD_NETPATH",
        "67,   ERROR_BAD_NET_NAME",
        "87,   ERROR_INVALID_PARAMETER",
        "122,  ERROR_INSUFFICIENT_BUFFER",
        "234,  ERROR_MORE_DATA",
        "1005, ERROR_UNRECOGNIZED_VOLUME",
        "-2144272384, FVE_E_LOCKED_VOLUME",
        "4242, error 4242",
        "-2147024891, HRESULT 0x80070005",
    })
    void names(int code, String name) {
        assertThat(Win32Errors.name(code)).isEqualTo(name);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "21          | ERROR_NOT_READY (21): the volume is not ready (locked by BitLocker, or no medium)",
                "1005        | ERROR_UNRECOGNIZED_VOLUME (1005): no file system is mounted (locked by BitLocker, or"
                        + " unformatted)",
                "-2144272384 | FVE_E_LOCKED_VOLUME (0x80310000): the volume is locked by BitLocker",
                "5           | ERROR_ACCESS_DENIED (5): access is denied",
                "4242        | error 4242",
            })
    void describesWithNumberAndMeaning(int code, String description) {
        assertThat(Win32Errors.describe(code)).isEqualTo(description);
    }
}
