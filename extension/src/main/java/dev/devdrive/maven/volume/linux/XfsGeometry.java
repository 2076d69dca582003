package dev.devdrive.maven.volume.linux;

import com.sun.jna.Library;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import com.sun.jna.platform.linux.Fcntl;
import dev.devdrive.maven.volume.Answer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * Reads whether an xfs file system was formatted with {@code reflink=1}, the way {@code xfs_info} does: the
 * {@code XFS_IOC_FSGEOMETRY_V1} ioctl on any directory of it. Read-only, needs no privileges and writes
 * nothing, unlike trying a clone.
 */
final class XfsGeometry {

    /** Architectures with the generic ioctl number encoding and 64-bit alignment (struct size 112). */
    private static final Set<String> SUPPORTED_ARCHITECTURES = Set.of("amd64", "x86_64", "aarch64", "riscv64");

    // _IOR('X', 100, struct xfs_fsop_geom_v1): read direction (2 << 30), size 112, type 'X', number 100.
    private static final long FSGEOMETRY_V1 = (2L << 30) | (112L << 16) | ('X' << 8) | 100;
    private static final int GEOMETRY_BYTES = 112;
    private static final int FLAGS_OFFSET = 92;
    private static final int FLAG_REFLINK = 1 << 20;

    // O_NONBLOCK: should the directory have been swapped for a FIFO, open must not wait for a writer.
    // O_DIRECTORY differs between architectures, so the caller passes a directory instead.
    private static final int OPEN_FLAGS = Fcntl.O_RDONLY | Fcntl.O_NONBLOCK | Fcntl.O_CLOEXEC;

    private XfsGeometry() {}

    /** @param directory an existing directory on the xfs file system */
    static Answer blockCloning(Path directory) {
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        if (!SUPPORTED_ARCHITECTURES.contains(arch)) {
            return Answer.unknown("xfs: reflink not detectable on " + arch + " without xfs_info");
        }
        try {
            return query(directory);
        } catch (RuntimeException | LinkageError e) {
            return Answer.unknown("xfs: reflink not detectable without xfs_info: " + e);
        }
    }

    private static Answer query(Path directory) {
        LibC libc = LibC.INSTANCE;
        int fd = libc.open(directory.toString(), OPEN_FLAGS);
        if (fd < 0) {
            return Answer.unknown(
                    "xfs: cannot open " + directory + " to read its geometry: errno " + Native.getLastError());
        }
        try (Memory geometry = new Memory(GEOMETRY_BYTES)) {
            geometry.clear();
            if (libc.ioctl(fd, new NativeLong(FSGEOMETRY_V1), geometry) != 0) {
                return Answer.unknown(
                        "xfs: cannot read the geometry of " + directory + ": errno " + Native.getLastError());
            }
            return (geometry.getInt(FLAGS_OFFSET) & FLAG_REFLINK) != 0
                    ? Answer.yes("xfs formatted with reflink=1 clones blocks")
                    : Answer.no("xfs formatted with reflink=0 cannot clone blocks");
        } finally {
            libc.close(fd);
        }
    }

    /**
     * The libc calls jna-platform's {@code LibC} lacks (open, ioctl) and close; loaded on first use, so only
     * machines with xfs load JNA for it.
     */
    private interface LibC extends Library {
        LibC INSTANCE = Native.load("c", LibC.class);

        int open(String path, int flags);

        int ioctl(int fd, NativeLong request, Pointer argument);

        int close(int fd);
    }
}
