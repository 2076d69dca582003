package dev.devdrive.maven.volume.linux;

import java.util.Objects;

/**
 * One line of {@code /proc/self/mountinfo} (see proc(5)), with the octal escapes of paths already decoded.
 *
 * @param mountId      unique id of the mount
 * @param parentId     id of the parent mount (itself for the root of the mount tree)
 * @param major        major device number of the file system ({@code st_dev}); 0 for file systems without
 *                     a block device of their own (tmpfs, nfs, btrfs)
 * @param minor        minor device number
 * @param root         the directory of the file system that is mounted here ({@code /} unless a bind
 *                     mount or a btrfs subvolume)
 * @param mountPoint   where it is mounted, relative to the process's root
 * @param mountOptions per-mount options, for example {@code rw,relatime}
 * @param fileSystem   the file system type, for example {@code ext4}, {@code 9p}, {@code fuse.sshfs}
 * @param source       file-system-specific source, for example {@code /dev/sda1} or {@code server:/export}
 * @param superOptions per-file-system options, for example {@code rw,aname=drvfs;path=C:\}
 */
record MountInfoEntry(
        int mountId,
        int parentId,
        int major,
        int minor,
        String root,
        String mountPoint,
        String mountOptions,
        String fileSystem,
        String source,
        String superOptions) {

    public MountInfoEntry {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(mountPoint, "mountPoint");
        Objects.requireNonNull(mountOptions, "mountOptions");
        Objects.requireNonNull(fileSystem, "fileSystem");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(superOptions, "superOptions");
    }

    /** The device number as the kernel prints it, {@code major:minor}: the identity of the file system. */
    public String device() {
        return major + ":" + minor;
    }
}
