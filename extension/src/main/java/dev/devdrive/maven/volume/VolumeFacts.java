package dev.devdrive.maven.volume;

import java.util.List;
import java.util.Objects;

/**
 * What is known about one volume. Values that could not be read are {@code -1} (sizes), {@code ""}
 * (strings) or {@link Answer.State#UNKNOWN} with the reason.
 *
 * @param id           identity for "same volume" comparisons: the volume GUID path on Windows, the
 *                     {@code major:minor} device number on Linux, otherwise the JDK file store name and type
 * @param root         the volume root or mount point, for example {@code D:\} or {@code /mnt/c}
 * @param fileSystem   the file system type as the OS names it: {@code ReFS}, {@code NTFS}, {@code ext4},
 *                     {@code tmpfs}, {@code 9p}, {@code apfs}
 * @param totalBytes   capacity, or -1
 * @param freeBytes    space usable by this user, or -1
 * @param remote       a network file system (SMB share, NFS, CIFS, WSL's 9p view of a Windows drive)
 * @param removable    a removable drive
 * @param devDrive     whether this is a Windows Dev Drive ({@code NO} on other systems)
 * @param trusted      whether the Dev Drive is trusted ({@code fsutil devdrv trust}); {@code NO} when not a
 *                     Dev Drive
 * @param blockCloning whether the file system can clone blocks (ReFS block refcounting, btrfs/xfs reflink)
 * @param notes        warnings a user should read, for example "tmpfs: in memory, lost at reboot"
 */
public record VolumeFacts(
        String id,
        String root,
        String fileSystem,
        long totalBytes,
        long freeBytes,
        boolean remote,
        boolean removable,
        Answer devDrive,
        Answer trusted,
        Answer blockCloning,
        List<String> notes) {

    public VolumeFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(root, "root");
        fileSystem = fileSystem == null ? "" : fileSystem;
        Objects.requireNonNull(devDrive, "devDrive");
        Objects.requireNonNull(trusted, "trusted");
        Objects.requireNonNull(blockCloning, "blockCloning");
        notes = List.copyOf(notes);
    }

    /** Facts for a volume that could not be examined at all. */
    public static VolumeFacts unknown(String root, String reason) {
        Answer unknown = Answer.unknown(reason);
        return new VolumeFacts(
                "unknown:" + root, root, "", -1, -1, false, false, unknown, unknown, unknown, List.of(reason));
    }
}
