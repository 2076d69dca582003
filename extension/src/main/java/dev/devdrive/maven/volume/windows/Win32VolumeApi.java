package dev.devdrive.maven.volume.windows;

import java.util.ArrayList;
import java.util.List;

/**
 * The few kernel32 calls volume detection needs, as a seam. Implementations only call and copy: every
 * method hands back the raw success flag, last error and buffer contents, so that all interpretation
 * happens in plain Java that runs (and is tested) on any OS.
 */
interface Win32VolumeApi {

    /**
     * A call that fills a string buffer.
     *
     * @param ok        the {@code BOOL} result (or a non-zero character count)
     * @param lastError {@code GetLastError()} right after a failed call, 0 after success
     * @param value     the buffer's characters as filled; for {@code MULTI_SZ} results with the NUL separators
     */
    record Text(boolean ok, int lastError, String value) {

        public Text {
            value = value == null ? "" : value;
        }

        static Text success(String value) {
            return new Text(true, 0, value);
        }

        static Text failure(int lastError) {
            return new Text(false, lastError, "");
        }

        /** The text up to the first NUL. */
        String first() {
            int nul = value.indexOf('\0');
            return nul < 0 ? value : value.substring(0, nul);
        }

        /** The strings of a {@code MULTI_SZ} buffer ({@code "a\0b\0\0"}). */
        List<String> strings() {
            List<String> strings = new ArrayList<>();
            for (String s : value.split("\0")) {
                if (!s.isEmpty()) {
                    strings.add(s);
                }
            }
            return strings;
        }
    }

    /**
     * {@code GetVolumeInformationW}.
     *
     * @param fileSystemFlags the {@code FILE_*} capability bits, for example {@code FILE_SUPPORTS_BLOCK_REFCOUNTING}
     */
    record VolumeInformation(boolean ok, int lastError, String fileSystemName, int fileSystemFlags) {

        public VolumeInformation {
            fileSystemName = fileSystemName == null ? "" : fileSystemName;
        }
    }

    /** {@code GetDiskFreeSpaceExW}: bytes free for the calling user, and the capacity. */
    record DiskSpace(boolean ok, int lastError, long freeBytesAvailable, long totalBytes) {}

    /**
     * {@code CreateFileW} on the volume root followed by {@code DeviceIoControl}.
     *
     * @param opened        whether {@code CreateFileW} gave a handle; if not, {@code lastError} is its error
     * @param ok            the {@code BOOL} result of {@code DeviceIoControl}
     * @param lastError     the error of whichever call failed, 0 after success
     * @param bytesReturned {@code lpBytesReturned}
     * @param output        the output buffer as the call left it
     */
    record IoControl(boolean opened, boolean ok, int lastError, int bytesReturned, byte[] output) {

        public IoControl {
            output = output == null ? new byte[0] : output;
        }
    }

    /**
     * The {@code FindFirstVolumeW}/{@code FindNextVolumeW} loop.
     *
     * @param names     volume GUID paths, {@code \\?\Volume{...}\}
     * @param lastError the error that ended the loop: {@code ERROR_NO_MORE_FILES} when the list is complete
     */
    record VolumeNames(List<String> names, int lastError) {

        public VolumeNames {
            names = List.copyOf(names);
        }
    }

    /** {@code GetVolumePathNameW}: the mount point (drive root or mounted folder) a path is under. */
    Text getVolumePathName(String path);

    /** {@code GetVolumeNameForVolumeMountPointW}: the volume GUID path of a mount point. */
    Text getVolumeNameForVolumeMountPoint(String mountPoint);

    /** {@code GetVolumePathNamesForVolumeNameW}: every mount point of a volume, as {@code MULTI_SZ}. */
    Text getVolumePathNamesForVolumeName(String volumeName);

    /** {@code QueryDosDeviceW}: the targets of a DOS device name such as {@code X:}, as {@code MULTI_SZ}. */
    Text queryDosDevice(String deviceName);

    /** {@code GetDriveTypeW}: one of the {@code DRIVE_*} constants. */
    int getDriveType(String root);

    VolumeInformation getVolumeInformation(String root);

    DiskSpace getDiskFreeSpaceEx(String root);

    /**
     * {@code FSCTL_QUERY_PERSISTENT_VOLUME_STATE} on the volume mounted at {@code root}, opened for
     * {@code FILE_READ_ATTRIBUTES} only (no elevation needed). The handle is always closed.
     *
     * @param input the 16-byte {@link PersistentVolumeState} input
     */
    IoControl queryPersistentVolumeState(String root, byte[] input);

    VolumeNames findVolumes();
}
