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
 * @param kind         what kind of storage it is, as the probe found it
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
        VolumeKind kind,
        Answer devDrive,
        Answer trusted,
        Answer blockCloning,
        List<String> notes) {

    public VolumeFacts {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(root, "root");
        fileSystem = fileSystem == null ? "" : fileSystem;
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(devDrive, "devDrive");
        Objects.requireNonNull(trusted, "trusted");
        Objects.requireNonNull(blockCloning, "blockCloning");
        notes = List.copyOf(notes);
    }

    /** Facts for a volume that could not be examined at all. */
    public static VolumeFacts unknown(String root, String reason) {
        Answer unknown = Answer.unknown(reason);
        return new VolumeFacts(
                "unknown:" + root, root, "", -1, -1, VolumeKind.UNKNOWN, unknown, unknown, unknown, List.of(reason));
    }

    /** Whether the volume could be examined at all; an unknown volume is never the same as another. */
    public boolean isKnown() {
        return kind != VolumeKind.UNKNOWN;
    }

    /** A network file system, a share, or WSL's view of a Windows drive: slow for many small files. */
    public boolean remote() {
        return kind.isRemote();
    }

    public boolean removable() {
        return kind == VolumeKind.REMOVABLE;
    }

    /** How the build log, the report and its advice name the volume: {@code ReFS D:\}, or the root alone. */
    public String label() {
        return fileSystem.isEmpty() ? root : fileSystem + " " + root;
    }

    /** Trusts this Dev Drive, so that file system filters such as Defender's stop scanning it synchronously. */
    public String trustCommand() {
        return FsutilCommands.trust(root);
    }

    /** Shows whether this volume is a Dev Drive, whether it is trusted, and the filters attached to it. */
    public String queryCommand() {
        return FsutilCommands.query(root);
    }
}
