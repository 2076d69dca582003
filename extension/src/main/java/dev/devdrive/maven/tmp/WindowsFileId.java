package dev.devdrive.maven.tmp;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.Kernel32Util;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.platform.win32.WinNT;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The identity of a file on Windows, where {@code BasicFileAttributes.fileKey()} is always null: volume
 * serial number and file id.
 */
record WindowsFileId(long volumeSerialNumber, long fileIdLow, long fileIdHigh) {

    /** {@code FILE_ID_INFO}: a 64-bit volume serial number and a 128-bit file id (ReFS needs all 128 bits). */
    private static final int FILE_ID_INFO_SIZE = 24;

    /**
     * Opens {@code file} itself (not a link's target) with no access rights, which neither conflicts with
     * nor releases byte-range locks held on it.
     */
    static WindowsFileId of(Path file) throws IOException {
        WinNT.HANDLE handle = Kernel32.INSTANCE.CreateFile(
                file.toString(),
                0,
                WinNT.FILE_SHARE_READ | WinNT.FILE_SHARE_WRITE | WinNT.FILE_SHARE_DELETE,
                null,
                WinNT.OPEN_EXISTING,
                WinNT.FILE_FLAG_BACKUP_SEMANTICS | WinNT.FILE_FLAG_OPEN_REPARSE_POINT,
                null);
        if (WinBase.INVALID_HANDLE_VALUE.equals(handle)) {
            throw new IOException("cannot open " + file + ": " + Kernel32Util.formatMessage(Native.getLastError()));
        }
        try (Memory information = new Memory(FILE_ID_INFO_SIZE)) {
            if (!Kernel32.INSTANCE.GetFileInformationByHandleEx(
                    handle, WinBase.FileIdInfo, information, new WinDef.DWORD(FILE_ID_INFO_SIZE))) {
                throw new IOException(
                        "cannot identify " + file + ": " + Kernel32Util.formatMessage(Native.getLastError()));
            }
            return new WindowsFileId(information.getLong(0), information.getLong(8), information.getLong(16));
        } finally {
            Kernel32.INSTANCE.CloseHandle(handle);
        }
    }
}
