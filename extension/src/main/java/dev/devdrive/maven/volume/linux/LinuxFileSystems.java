package dev.devdrive.maven.volume.linux;

import dev.devdrive.maven.volume.Answer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What a Linux file system type means for a build's temporary files. */
final class LinuxFileSystems {

    private static final Set<String> IN_MEMORY = Set.of("tmpfs", "ramfs");

    /** WSL 2 shows Windows drives (/mnt/c) through 9p; WSL 1 through drvfs. */
    private static final Set<String> WINDOWS_DRIVE_ON_WSL = Set.of("9p", "v9fs", "drvfs");

    private static final Set<String> NETWORK =
            Set.of("nfs", "nfs4", "cifs", "smb3", "smbfs", "fuse.sshfs", "ceph", "glusterfs", "fuse.glusterfs", "afs");

    private LinuxFileSystems() {}

    static boolean isRemote(String type) {
        return NETWORK.contains(type) || WINDOWS_DRIVE_ON_WSL.contains(type);
    }

    static Answer blockCloning(String type) {
        return switch (type) {
            case "btrfs" -> Answer.yes("btrfs clones blocks (reflink)");
            case "xfs" -> Answer.unknown("xfs clones blocks only when formatted with reflink=1 (see xfs_info)");
            case "ext2", "ext3", "ext4", "tmpfs", "ramfs", "vfat", "exfat" -> Answer.no(type + " cannot clone blocks");
            default -> Answer.unknown("not known for " + type);
        };
    }

    static List<String> notes(String type) {
        List<String> notes = new ArrayList<>();
        if (IN_MEMORY.contains(type)) {
            notes.add(type + ": in memory, lost at reboot, limited in size");
        } else if (type.equals("overlay")) {
            notes.add("overlay: a container layer, slower than a volume for many small files");
        } else if (WINDOWS_DRIVE_ON_WSL.contains(type)) {
            notes.add(type + ": a Windows drive seen from WSL, slow for builds; move the project into the Linux"
                    + " file system (for example ~/src)");
        } else if (NETWORK.contains(type)) {
            notes.add(type + ": a network file system, slow for temporary files");
        }
        return notes;
    }
}
