package dev.devdrive.maven.volume.windows;

import com.sun.jna.platform.win32.WinBase;
import com.sun.jna.platform.win32.WinError;
import com.sun.jna.platform.win32.WinNT;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * kernel32 as a small machine of volumes, answering with the return values, last errors and buffer bytes
 * Windows produces: strings with their NUL terminators, {@code MULTI_SZ} lists, and the 16-byte
 * {@code FILE_FS_PERSISTENT_VOLUME_INFORMATION} in little-endian order as {@code METHOD_BUFFERED} leaves it
 * (the file system writes {@code VolumeFlags}; the rest of the shared buffer still holds the input).
 */
final class FakeWin32VolumeApi implements Win32VolumeApi {

    /** {@code FILE_UNICODE_ON_DISK | FILE_PERSISTENT_ACLS}: not in jna-platform's WinNT under these names. */
    private static final int UNICODE_AND_ACLS = 0x00000004 | 0x00000008;

    static final int NTFS_FLAGS = WinNT.FILE_CASE_SENSITIVE_SEARCH
            | WinNT.FILE_CASE_PRESERVED_NAMES
            | UNICODE_AND_ACLS
            | WinNT.FILE_SUPPORTS_SPARSE_FILES
            | WinNT.FILE_SUPPORTS_REPARSE_POINTS
            | WinNT.FILE_SUPPORTS_OBJECT_IDS
            | WinNT.FILE_SUPPORTS_ENCRYPTION
            | WinNT.FILE_SUPPORTS_TRANSACTIONS
            | WinNT.FILE_SUPPORTS_HARD_LINKS
            | WinNT.FILE_SUPPORTS_EXTENDED_ATTRIBUTES
            | WinNT.FILE_SUPPORTS_OPEN_BY_FILE_ID
            | WinNT.FILE_SUPPORTS_USN_JOURNAL;

    /** ReFS: no object IDs, EFS, transactions or EAs, but integrity streams and block refcounting. */
    static final int REFS_FLAGS = WinNT.FILE_CASE_SENSITIVE_SEARCH
            | WinNT.FILE_CASE_PRESERVED_NAMES
            | UNICODE_AND_ACLS
            | WinNT.FILE_SUPPORTS_SPARSE_FILES
            | WinNT.FILE_SUPPORTS_REPARSE_POINTS
            | WinNT.FILE_SUPPORTS_OPEN_BY_FILE_ID
            | WinNT.FILE_SUPPORTS_USN_JOURNAL
            | 0x04000000 // FILE_SUPPORTS_INTEGRITY_STREAMS
            | WindowsVolumeProbe.FILE_SUPPORTS_BLOCK_REFCOUNTING;

    static final int FAT_FLAGS = WinNT.FILE_CASE_PRESERVED_NAMES | 0x00000004;

    /** One volume: what each call answers for it. */
    record Volume(
            String guid,
            int driveType,
            VolumeInformation information,
            DiskSpace space,
            IoControl fsctl,
            IoControl trustFsctl) {

        Volume(String guid, int driveType, VolumeInformation information, DiskSpace space, IoControl fsctl) {
            this(guid, driveType, information, space, fsctl, null);
        }

        Volume withFsctl(IoControl answer) {
            return new Volume(guid, driveType, information, space, answer, trustFsctl);
        }

        /** What a query that asks about trust alone answers, when it differs from the other query. */
        Volume withTrustFsctl(IoControl answer) {
            return new Volume(guid, driveType, information, space, fsctl, answer);
        }

        Volume withInformation(VolumeInformation answer) {
            return new Volume(guid, driveType, answer, space, fsctl, trustFsctl);
        }

        Volume withSpace(DiskSpace answer) {
            return new Volume(guid, driveType, information, answer, fsctl, trustFsctl);
        }
    }

    private final Map<String, Volume> byMountPoint = new LinkedHashMap<>();
    private final Map<String, List<String>> mountPointsByGuid = new LinkedHashMap<>();
    private final Map<String, Text> dosDevices = new LinkedHashMap<>();
    private final List<String> fsctlRoots = new ArrayList<>();
    private final List<String> informationRoots = new ArrayList<>();
    private final List<byte[]> fsctlInputs = new ArrayList<>();
    private int findVolumesEnd = WinError.ERROR_NO_MORE_FILES;

    static String guid(int n) {
        return String.format(Locale.ROOT, "\\\\?\\Volume{%08x-0000-0000-0000-100000000000}\\", n);
    }

    /** A fixed volume that answered the FSCTL with these volume flags. */
    static Volume fixed(int n, String fileSystem, int fileSystemFlags, int volumeFlags) {
        return new Volume(
                guid(n),
                WinBase.DRIVE_FIXED,
                new VolumeInformation(true, 0, fileSystem, fileSystemFlags),
                new DiskSpace(true, 0, 40L << 30, 100L << 30),
                fsctlAnswer(volumeFlags));
    }

    static Volume devDrive(int n, boolean trusted) {
        return fixed(
                n,
                "ReFS",
                REFS_FLAGS,
                PersistentVolumeState.DEV_VOLUME | (trusted ? PersistentVolumeState.TRUSTED_VOLUME : 0));
    }

    /** What a successful FSCTL leaves in the 16-byte output buffer, built byte by byte. */
    static IoControl fsctlAnswer(int volumeFlags) {
        int mask = PersistentVolumeState.DEV_VOLUME | PersistentVolumeState.TRUSTED_VOLUME;
        byte[] bytes = ByteBuffer.allocate(16)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(volumeFlags & mask)
                .putInt(mask)
                .putInt(1)
                .putInt(0)
                .array();
        return new IoControl(true, true, 0, 16, bytes);
    }

    static IoControl fsctlFailed(int lastError) {
        return new IoControl(true, false, lastError, 0, new byte[16]);
    }

    static IoControl openFailed(int lastError) {
        return new IoControl(false, false, lastError, 0, new byte[0]);
    }

    FakeWin32VolumeApi mount(String mountPoint, Volume volume) {
        byMountPoint.put(key(mountPoint), volume);
        mountPointsByGuid.computeIfAbsent(volume.guid(), g -> new ArrayList<>()).add(mountPoint);
        return this;
    }

    /** A volume with no drive letter and no folder (a recovery partition). */
    FakeWin32VolumeApi unmounted(Volume volume) {
        byMountPoint.put(key(volume.guid()), volume);
        mountPointsByGuid.computeIfAbsent(volume.guid(), g -> new ArrayList<>());
        return this;
    }

    /** {@code subst X: C:\dir}: {@code QueryDosDevice("X:")} then answers {@code \??\C:\dir}. */
    FakeWin32VolumeApi subst(String drive, String target) {
        return dosDevice(drive, "\\??\\" + target);
    }

    FakeWin32VolumeApi dosDevice(String drive, String target) {
        dosDevices.put(drive, Text.success(target + "\0\0"));
        return this;
    }

    FakeWin32VolumeApi findVolumesEndsWith(int lastError) {
        findVolumesEnd = lastError;
        return this;
    }

    /** The roots the Dev Drive FSCTL was sent to, in order. */
    List<String> fsctlRoots() {
        return List.copyOf(fsctlRoots);
    }

    /** The roots {@code GetVolumeInformation} was asked about, in order. */
    List<String> informationRoots() {
        return List.copyOf(informationRoots);
    }

    /** The inputs of every Dev Drive FSCTL sent, in order. */
    List<byte[]> fsctlInputs() {
        return List.copyOf(fsctlInputs);
    }

    @Override
    public Text getVolumePathName(String path) {
        String longest = null;
        String candidate = key(path.endsWith("\\") ? path : path + "\\");
        for (String mountPoint : byMountPoint.keySet()) {
            if (candidate.startsWith(mountPoint) && (longest == null || mountPoint.length() > longest.length())) {
                longest = mountPoint;
            }
        }
        if (longest == null) {
            return Text.failure(WinError.ERROR_PATH_NOT_FOUND);
        }
        // Windows answers in the caller's spelling, with a trailing backslash, in a zero-filled buffer.
        return Text.success(path.substring(0, longest.length() - 1) + "\\" + "\0".repeat(8));
    }

    @Override
    public Text getVolumeNameForVolumeMountPoint(String mountPoint) {
        Volume volume = byMountPoint.get(key(mountPoint));
        if (volume == null || volume.guid().isEmpty()) {
            return Text.failure(WinError.ERROR_INVALID_PARAMETER);
        }
        return Text.success(volume.guid() + "\0\0\0");
    }

    @Override
    public Text getVolumePathNamesForVolumeName(String volumeName) {
        List<String> mountPoints = mountPointsByGuid.get(volumeName);
        if (mountPoints == null) {
            return Text.failure(WinError.ERROR_FILE_NOT_FOUND);
        }
        StringBuilder multiSz = new StringBuilder();
        mountPoints.forEach(m -> multiSz.append(m).append('\0'));
        return Text.success(multiSz.append('\0').toString());
    }

    @Override
    public Text queryDosDevice(String deviceName) {
        return dosDevices.getOrDefault(deviceName, Text.failure(WinError.ERROR_FILE_NOT_FOUND));
    }

    @Override
    public int getDriveType(String root) {
        Volume volume = byMountPoint.get(key(root));
        return volume == null ? WinBase.DRIVE_NO_ROOT_DIR : volume.driveType();
    }

    @Override
    public VolumeInformation getVolumeInformation(String root) {
        informationRoots.add(root);
        Volume volume = byMountPoint.get(key(root));
        return volume == null
                ? new VolumeInformation(false, WinError.ERROR_PATH_NOT_FOUND, "", 0)
                : volume.information();
    }

    @Override
    public DiskSpace getDiskFreeSpaceEx(String root) {
        Volume volume = byMountPoint.get(key(root));
        return volume == null ? new DiskSpace(false, WinError.ERROR_PATH_NOT_FOUND, -1, -1) : volume.space();
    }

    @Override
    public IoControl queryPersistentVolumeState(String root, byte[] input) {
        fsctlRoots.add(root);
        fsctlInputs.add(input.clone());
        Volume volume = byMountPoint.get(key(root));
        if (volume == null) {
            return openFailed(WinError.ERROR_PATH_NOT_FOUND);
        }
        int mask = ByteBuffer.wrap(input).order(ByteOrder.LITTLE_ENDIAN).getInt(4);
        if (mask == PersistentVolumeState.TRUSTED_VOLUME && volume.trustFsctl() != null) {
            return volume.trustFsctl();
        }
        IoControl answer = volume.fsctl();
        if (!answer.ok()) {
            return answer;
        }
        // the file system answers the bits asked about, in the shared buffer that held the input
        byte[] output = answer.output().clone();
        ByteBuffer buffer = ByteBuffer.wrap(output).order(ByteOrder.LITTLE_ENDIAN);
        buffer.putInt(0, buffer.getInt(0) & mask).putInt(4, mask);
        return new IoControl(true, true, 0, answer.bytesReturned(), output);
    }

    @Override
    public VolumeNames findVolumes() {
        return new VolumeNames(List.copyOf(mountPointsByGuid.keySet()), findVolumesEnd);
    }

    private static String key(String path) {
        return path.toUpperCase(Locale.ROOT);
    }
}
