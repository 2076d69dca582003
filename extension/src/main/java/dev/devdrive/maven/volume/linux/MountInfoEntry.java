package dev.devdrive.maven.volume.linux;

/**
 * One line of {@code /proc/self/mountinfo} (proc(5)), with the escapes of its paths undone.
 *
 * @param mountId      unique id of the mount
 * @param parentId     id of the mount it is mounted on
 * @param device       {@code major:minor} of the device: equal for two mounts of the same file system
 * @param root         the directory of the file system that is mounted (not {@code /} for bind mounts)
 * @param mountPoint   where it is mounted
 * @param options      per-mount options, for example {@code rw,relatime}
 * @param fileSystem   the file system type, for example {@code ext4}, {@code tmpfs}, {@code fuse.sshfs}
 * @param source       the mount source, for example {@code /dev/sda1} or {@code server:/export}
 * @param superOptions per-superblock options, for example {@code rw,size=8192k}
 */
public record MountInfoEntry(
        int mountId,
        int parentId,
        String device,
        String root,
        String mountPoint,
        String options,
        String fileSystem,
        String source,
        String superOptions) {

    public boolean readOnly() {
        return options.equals("ro") || options.startsWith("ro,");
    }
}
