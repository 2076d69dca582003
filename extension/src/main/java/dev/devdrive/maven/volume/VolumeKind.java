package dev.devdrive.maven.volume;

/**
 * What kind of storage a volume is, as the platform's probe tells it. Whether it is a Dev Drive is a
 * separate {@link Answer}: a locked Dev Drive is still one, but the probe cannot always tell.
 */
public enum VolumeKind {
    /** A fixed disk in this machine. */
    LOCAL,
    /** A drive that may go away during the build (USB stick, SD card). */
    REMOVABLE,
    /** A network file system or share (SMB, NFS, CIFS, sshfs). */
    NETWORK,
    /** Held in memory (tmpfs, ramfs): limited by RAM, lost at reboot. */
    IN_MEMORY,
    /** A Windows drive seen from WSL (drvfs, or 9p served by drvfs). */
    WSL_WINDOWS_DRIVE,
    /** A directory a virtual machine's or container's host shares into it (9p without drvfs, virtiofs). */
    HOST_SHARE,
    /** A container's overlay layer. */
    CONTAINER_LAYER,
    /** Could not be examined. */
    UNKNOWN;

    /** Whether every file operation crosses a network or a VM boundary. */
    public boolean isRemote() {
        return this == NETWORK || this == WSL_WINDOWS_DRIVE || this == HOST_SHARE;
    }
}
