package dev.devdrive.maven.volume.linux;

import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.VolumeKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a Linux file system type means for a build's files: pure decisions on the mountinfo entry. */
final class LinuxFileSystems {

    private static final Set<String> IN_MEMORY = Set.of("tmpfs", "ramfs");
    private static final Set<String> WINDOWS_DRIVE = Set.of("drvfs", "v9fs");
    private static final Set<String> HOST_SHARE = Set.of("9p", "virtiofs");
    private static final Set<String> NETWORK =
            Set.of("nfs", "nfs4", "cifs", "smb3", "smbfs", "ceph", "glusterfs", "fuse.sshfs");
    private static final Set<String> NO_CLONING =
            Set.of("ext2", "ext3", "ext4", "tmpfs", "ramfs", "vfat", "exfat", "9p", "drvfs", "v9fs");

    private LinuxFileSystems() {}

    /**
     * The kind of storage behind a mount. 9p is how both WSL and virtual machines share the host's disks; only
     * the drvfs server makes it a Windows drive.
     *
     * @param removable whether sysfs says the mount's block device is removable
     */
    public static VolumeKind kind(MountInfoEntry mount, boolean removable) {
        String type = mount.fileSystem();
        if (isWindowsDrive(mount)) {
            return VolumeKind.WSL_WINDOWS_DRIVE;
        }
        if (HOST_SHARE.contains(type)) {
            return VolumeKind.HOST_SHARE;
        }
        if (NETWORK.contains(type)) {
            return VolumeKind.NETWORK;
        }
        if (IN_MEMORY.contains(type)) {
            return VolumeKind.IN_MEMORY;
        }
        if (type.equals("overlay")) {
            return VolumeKind.CONTAINER_LAYER;
        }
        return removable ? VolumeKind.REMOVABLE : VolumeKind.LOCAL;
    }

    /** Warnings a user should read about building or keeping temporary files on this mount. */
    public static List<String> notes(MountInfoEntry mount) {
        String type = mount.fileSystem();
        List<String> notes = new ArrayList<>();
        if (IN_MEMORY.contains(type)) {
            notes.add(type + ": in memory, lost at reboot");
        } else if (type.equals("overlay")) {
            notes.add("overlay: a container layer, lost with the container and slow for many small files");
        } else if (isWindowsDrive(mount)) {
            notes.add(type + ": WSL view of a Windows drive, slow: move the project into the Linux file system");
        } else if (type.equals("9p")) {
            notes.add("9p: a directory shared by the host, slow for temporary files");
        } else if (NETWORK.contains(type)) {
            notes.add(type + ": a network file system, slow for temporary files");
        }
        return notes;
    }

    /**
     * Whether the file system can clone blocks (reflink copies). For xfs it depends on how it was formatted,
     * which mountinfo does not show, so the answer is unknown here; {@link XfsGeometry} can tell.
     */
    public static Answer blockCloning(String fileSystem) {
        if (fileSystem.equals("btrfs")) {
            return Answer.yes("btrfs clones blocks (reflink)");
        }
        if (fileSystem.equals("xfs")) {
            return Answer.unknown("xfs clones blocks only when formatted with reflink=1, not shown by mountinfo");
        }
        if (NO_CLONING.contains(fileSystem)) {
            return Answer.no(fileSystem + " cannot clone blocks");
        }
        return Answer.unknown("block cloning is not detected for " + fileSystem);
    }

    /** WSL 1 mounts Windows drives as drvfs; WSL 2 as 9p served by the drvfs server ({@code aname=drvfs}). */
    private static boolean isWindowsDrive(MountInfoEntry mount) {
        String type = mount.fileSystem();
        return WINDOWS_DRIVE.contains(type)
                || (type.equals("9p") && mount.superOptions().contains("aname=drvfs"));
    }
}
