package dev.devdrive.maven.volume.windows;

import com.sun.jna.platform.win32.WinError;
import java.util.Locale;
import java.util.Map;

/**
 * Names for the last-error codes the volume calls return, so that a reason reads
 * {@code ERROR_NOT_READY (21): ...} rather than a bare number, independent of the machine's language.
 */
final class Win32Errors {

    private record Known(String name, String meaning) {}

    private static final Map<Integer, Known> KNOWN = Map.ofEntries(
            known(WinError.ERROR_INVALID_FUNCTION, "ERROR_INVALID_FUNCTION", "the file system does not support it"),
            known(WinError.ERROR_FILE_NOT_FOUND, "ERROR_FILE_NOT_FOUND", "the file does not exist"),
            known(WinError.ERROR_PATH_NOT_FOUND, "ERROR_PATH_NOT_FOUND", "the path does not exist"),
            known(WinError.ERROR_ACCESS_DENIED, "ERROR_ACCESS_DENIED", "access is denied"),
            known(WinError.ERROR_INVALID_DRIVE, "ERROR_INVALID_DRIVE", "no such drive"),
            known(WinError.ERROR_NO_MORE_FILES, "ERROR_NO_MORE_FILES", "no more entries"),
            known(
                    WinError.ERROR_NOT_READY,
                    "ERROR_NOT_READY",
                    "the volume is not ready (locked by BitLocker, or no medium)"),
            known(WinError.ERROR_SHARING_VIOLATION, "ERROR_SHARING_VIOLATION", "the volume is in use"),
            known(WinError.ERROR_NOT_SUPPORTED, "ERROR_NOT_SUPPORTED", "the request is not supported"),
            known(WinError.ERROR_BAD_NETPATH, "ERROR_BAD_NETPATH", "the network path was not found"),
            known(WinError.ERROR_DEV_NOT_EXIST, "ERROR_DEV_NOT_EXIST", "the device is gone"),
            known(WinError.ERROR_BAD_NET_NAME, "ERROR_BAD_NET_NAME", "the network name was not found"),
            known(WinError.ERROR_INVALID_PARAMETER, "ERROR_INVALID_PARAMETER", "the request is not understood"),
            known(WinError.ERROR_INSUFFICIENT_BUFFER, "ERROR_INSUFFICIENT_BUFFER", "the buffer is too small"),
            known(WinError.ERROR_INVALID_NAME, "ERROR_INVALID_NAME", "the name is malformed"),
            known(WinError.ERROR_FILENAME_EXCED_RANGE, "ERROR_FILENAME_EXCED_RANGE", "the path is too long"),
            known(WinError.ERROR_MORE_DATA, "ERROR_MORE_DATA", "more data is available"),
            known(
                    WinError.ERROR_UNRECOGNIZED_VOLUME,
                    "ERROR_UNRECOGNIZED_VOLUME",
                    "no file system is mounted (locked by BitLocker, or unformatted)"),
            known(WinError.ERROR_NO_MEDIA_IN_DRIVE, "ERROR_NO_MEDIA_IN_DRIVE", "no medium in the drive"),
            known(WinError.FVE_E_LOCKED_VOLUME, "FVE_E_LOCKED_VOLUME", "the volume is locked by BitLocker"));

    private Win32Errors() {}

    /** The symbolic name, for example {@code ERROR_ACCESS_DENIED}; HRESULTs unknown here in hex. */
    static String name(int code) {
        Known known = KNOWN.get(code);
        if (known != null) {
            return known.name();
        }
        return code < 0 ? String.format(Locale.ROOT, "HRESULT 0x%08X", code) : "error " + code;
    }

    /** Name, number and meaning: {@code ERROR_NOT_READY (21): the volume is not ready (...)}. */
    static String describe(int code) {
        Known known = KNOWN.get(code);
        if (known == null) {
            return name(code);
        }
        String number = code < 0 ? String.format(Locale.ROOT, "0x%08X", code) : Integer.toString(code);
        return known.name() + " (" + number + "): " + known.meaning();
    }

    private static Map.Entry<Integer, Known> known(int code, String name, String meaning) {
        return Map.entry(code, new Known(name, meaning));
    }
}
