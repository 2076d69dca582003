package dev.devdrive.maven.volume.linux;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Block device attributes from sysfs. */
final class SysBlock {

    private final Path sys;

    /** @param sys where sysfs is mounted, normally {@code /sys} */
    SysBlock(Path sys) {
        this.sys = sys;
    }

    /**
     * Whether the disk under a mount is removable (USB sticks, SD cards). A partition has no
     * {@code removable} file of its own, its disk has, one directory up. No block device, or none that
     * sysfs knows: not removable.
     */
    boolean removable(MountInfoEntry mount) {
        Optional<Path> device = deviceDirectory(mount);
        if (device.isEmpty()) {
            return false;
        }
        Optional<String> own = read(device.get().resolve("removable"));
        return own.or(() -> read(device.get().resolve("..").resolve("removable")))
                .map("1"::equals)
                .orElse(false);
    }

    /**
     * Device 0 is an anonymous device (tmpfs, nfs, and btrfs, which numbers its subvolumes itself); btrfs and
     * others still name their disk as the source.
     */
    private Optional<Path> deviceDirectory(MountInfoEntry mount) {
        if (mount.major() != 0) {
            return Optional.of(sys.resolve("dev/block").resolve(mount.device()));
        }
        if (!mount.source().startsWith("/dev/")) {
            return Optional.empty();
        }
        Path source = Path.of(mount.source());
        try {
            source = source.toRealPath(); // /dev/mapper/name and /dev/disk/by-* are links to /dev/dm-0, /dev/sdb1
        } catch (IOException e) {
            // Not visible in this mount namespace (containers): its name may still be known to sysfs.
        }
        Path name = source.getFileName();
        return name == null
                ? Optional.empty()
                : Optional.of(sys.resolve("class/block").resolve(name.toString()));
    }

    private static Optional<String> read(Path file) {
        try {
            return Optional.of(Files.readString(file, StandardCharsets.US_ASCII).trim());
        } catch (IOException e) {
            // Missing or unreadable: removable is a warning, not worth failing detection for.
            return Optional.empty();
        }
    }
}
