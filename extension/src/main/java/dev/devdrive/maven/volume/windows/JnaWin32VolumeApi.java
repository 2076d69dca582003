package dev.devdrive.maven.volume.windows;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.platform.win32.Kernel32;
import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinDef;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;
import com.sun.jna.ptr.IntByReference;
import java.util.ArrayList;
import java.util.List;

/**
 * The only class that calls native code: jna-platform's kernel32 mapping, copied into plain data. Errors
 * are read with {@link Native#getLastError()}, which JNA saves right after each call, before the JVM can
 * overwrite the thread's last error.
 */
final class JnaWin32VolumeApi implements Win32VolumeApi {

    /** Enough for any {@code QueryDosDevice} answer: device names are limited to 32767 characters. */
    private static final int MAX_DOS_DEVICE_CHARS = 32_768;

    private final Kernel32 kernel32;

    private JnaWin32VolumeApi(Kernel32 kernel32) {
        this.kernel32 = kernel32;
    }

    /**
     * Loads kernel32 now rather than at the first query, so that a JNA that cannot load is reported once,
     * up front, instead of failing every call.
     *
     * @throws LinkageError when JNA or its native library cannot load (not Windows, blocked extraction)
     */
    static Win32VolumeApi load() {
        return new JnaWin32VolumeApi(Kernel32.INSTANCE);
    }

    @Override
    public Text getVolumePathName(String path) {
        char[] buffer = new char[Math.max(WinDef.MAX_PATH, path.length() + 2)];
        return kernel32.GetVolumePathName(path, buffer, buffer.length)
                ? Text.success(new String(buffer))
                : Text.failure(Native.getLastError());
    }

    @Override
    public Text getVolumeNameForVolumeMountPoint(String mountPoint) {
        char[] buffer = new char[WinDef.MAX_PATH];
        return kernel32.GetVolumeNameForVolumeMountPoint(mountPoint, buffer, buffer.length)
                ? Text.success(new String(buffer))
                : Text.failure(Native.getLastError());
    }

    @Override
    public Text getVolumePathNamesForVolumeName(String volumeName) {
        char[] buffer = new char[WinDef.MAX_PATH];
        IntByReference length = new IntByReference();
        // Mount points can be added between the two calls; a third try is not worth making.
        for (int attempt = 0; attempt < 2; attempt++) {
            if (kernel32.GetVolumePathNamesForVolumeName(volumeName, buffer, buffer.length, length)) {
                return Text.success(new String(buffer, 0, Math.min(length.getValue(), buffer.length)));
            }
            int error = Native.getLastError();
            if (error != WinError.ERROR_MORE_DATA || length.getValue() <= buffer.length) {
                return Text.failure(error);
            }
            buffer = new char[length.getValue()];
        }
        return Text.failure(WinError.ERROR_MORE_DATA);
    }

    @Override
    public Text queryDosDevice(String deviceName) {
        for (int size = WinDef.MAX_PATH; ; size = MAX_DOS_DEVICE_CHARS) {
            char[] buffer = new char[size];
            int stored = kernel32.QueryDosDevice(deviceName, buffer, buffer.length);
            if (stored > 0) {
                return Text.success(new String(buffer, 0, Math.min(stored, buffer.length)));
            }
            int error = Native.getLastError();
            if (error != WinError.ERROR_INSUFFICIENT_BUFFER || size == MAX_DOS_DEVICE_CHARS) {
                return Text.failure(error);
            }
        }
    }

    @Override
    public int getDriveType(String root) {
        return kernel32.GetDriveType(root);
    }

    @Override
    public VolumeInformation getVolumeInformation(String root) {
        char[] fileSystemName = new char[WinDef.MAX_PATH + 1];
        IntByReference serialNumber = new IntByReference();
        IntByReference maximumComponentLength = new IntByReference();
        IntByReference flags = new IntByReference();
        boolean ok = kernel32.GetVolumeInformation(
                root, null, 0, serialNumber, maximumComponentLength, flags, fileSystemName, fileSystemName.length);
        return ok
                ? new VolumeInformation(true, 0, Native.toString(fileSystemName), flags.getValue())
                : new VolumeInformation(false, Native.getLastError(), "", 0);
    }

    @Override
    public DiskSpace getDiskFreeSpaceEx(String root) {
        WinNT.LARGE_INTEGER freeForCaller = new WinNT.LARGE_INTEGER();
        WinNT.LARGE_INTEGER total = new WinNT.LARGE_INTEGER();
        WinNT.LARGE_INTEGER totalFree = new WinNT.LARGE_INTEGER();
        return kernel32.GetDiskFreeSpaceEx(root, freeForCaller, total, totalFree)
                ? new DiskSpace(true, 0, freeForCaller.getValue(), total.getValue())
                : new DiskSpace(false, Native.getLastError(), -1, -1);
    }

    @Override
    public IoControl queryPersistentVolumeState(String root, byte[] input) {
        WinNT.HANDLE volume = kernel32.CreateFile(
                root,
                WinNT.FILE_READ_ATTRIBUTES,
                WinNT.FILE_SHARE_READ | WinNT.FILE_SHARE_WRITE,
                null,
                WinNT.OPEN_EXISTING,
                WinNT.FILE_FLAG_BACKUP_SEMANTICS,
                null);
        if (WinBase.INVALID_HANDLE_VALUE.equals(volume)) {
            return new IoControl(false, false, Native.getLastError(), 0, new byte[0]);
        }
        try (Memory in = new Memory(PersistentVolumeState.SIZE);
                Memory out = new Memory(PersistentVolumeState.SIZE)) {
            in.write(0, input, 0, PersistentVolumeState.SIZE);
            out.clear();
            IntByReference returned = new IntByReference();
            boolean ok = kernel32.DeviceIoControl(
                    volume,
                    PersistentVolumeState.FSCTL_QUERY_PERSISTENT_VOLUME_STATE,
                    in,
                    PersistentVolumeState.SIZE,
                    out,
                    PersistentVolumeState.SIZE,
                    returned,
                    null);
            int error = ok ? 0 : Native.getLastError();
            return new IoControl(true, ok, error, returned.getValue(), out.getByteArray(0, PersistentVolumeState.SIZE));
        } finally {
            kernel32.CloseHandle(volume);
        }
    }

    @Override
    public VolumeNames findVolumes() {
        char[] buffer = new char[WinDef.MAX_PATH];
        WinNT.HANDLE search = kernel32.FindFirstVolume(buffer, buffer.length);
        if (WinBase.INVALID_HANDLE_VALUE.equals(search)) {
            return new VolumeNames(List.of(), Native.getLastError());
        }
        try {
            List<String> names = new ArrayList<>();
            do {
                names.add(Native.toString(buffer));
            } while (kernel32.FindNextVolume(search, buffer, buffer.length));
            return new VolumeNames(names, Native.getLastError());
        } finally {
            kernel32.FindVolumeClose(search);
        }
    }
}
