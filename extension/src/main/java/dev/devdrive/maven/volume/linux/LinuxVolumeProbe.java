package dev.devdrive.maven.volume.linux;

import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.JdkVolumeProbe;
import dev.devdrive.maven.volume.VolumeFacts;
import dev.devdrive.maven.volume.VolumeProbe;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Linux detection from {@code /proc/self/mountinfo}: the mount a path is on gives the volume's root (its
 * mount point), identity (device number, shared by bind mounts and btrfs subvolumes of one file system),
 * type and source. mountinfo is read once per detection pass ({@link #forOnePass()}): a pass takes
 * milliseconds, and a table kept longer, from before a mount or unmount, would answer for a file system that
 * is no longer there. Where mountinfo cannot be read (no {@code /proc} in some sandboxes) detection falls back
 * to the JDK.
 */
public final class LinuxVolumeProbe implements VolumeProbe {

    private static final Logger LOG = LoggerFactory.getLogger(LinuxVolumeProbe.class);
    private static final String NOT_WINDOWS = "Dev Drive exists only on Windows";

    private final Path mountInfo;
    private final SysBlock sysBlock;
    private final Charset fileNames;
    private final VolumeProbe fallback = new JdkVolumeProbe();
    private final boolean onePass;
    private MountTable table;

    /**
     * @param mountInfo normally {@code /proc/self/mountinfo}
     * @param sys       where sysfs is mounted, normally {@code /sys}
     */
    LinuxVolumeProbe(Path mountInfo, Path sys) {
        this(mountInfo, new SysBlock(sys), fileNameCharset(), false);
    }

    private LinuxVolumeProbe(Path mountInfo, SysBlock sysBlock, Charset fileNames, boolean onePass) {
        this.mountInfo = mountInfo;
        this.sysBlock = sysBlock;
        this.fileNames = fileNames;
        this.onePass = onePass;
    }

    /** A probe that reads mountinfo on first use and keeps the table until the pass ends. */
    @Override
    public VolumeProbe forOnePass() {
        return new LinuxVolumeProbe(mountInfo, sysBlock, fileNames, true);
    }

    public static VolumeProbe forThisMachine() {
        return new LinuxVolumeProbe(Path.of("/proc/self/mountinfo"), Path.of("/sys"));
    }

    @Override
    public String volumeRoot(Path realPath) throws IOException {
        Optional<MountInfoEntry> mount = mountOf(realPath);
        return mount.isPresent() ? mount.get().mountPoint() : fallback.volumeRoot(realPath);
    }

    @Override
    public VolumeFacts describe(String root, Path realPath) {
        Optional<MountInfoEntry> mount = mountOf(realPath);
        return mount.isPresent() ? describe(mount.get(), realPath) : fallback.describe(root, realPath);
    }

    private VolumeFacts describe(MountInfoEntry mount, Path realPath) {
        List<String> notes = new ArrayList<>(LinuxFileSystems.notes(mount));
        // File's statvfs(2) call, not Files.getFileStore, which parses the mount table again (some 20 ms the
        // first time, on every build's start). File says 0 for anything it cannot read.
        File file = realPath.toFile();
        long total = file.getTotalSpace();
        long free = total > 0 ? file.getUsableSpace() : -1;
        if (total <= 0) {
            total = -1;
            notes.add("cannot read the size of " + mount.mountPoint());
        }
        Answer notWindows = Answer.no(NOT_WINDOWS);
        return new VolumeFacts(
                mount.device(),
                mount.mountPoint(),
                mount.fileSystem(),
                total,
                free,
                LinuxFileSystems.kind(mount, sysBlock.removable(mount)),
                notWindows,
                notWindows,
                blockCloning(mount, realPath),
                notes);
    }

    private static Answer blockCloning(MountInfoEntry mount, Path realPath) {
        if (!mount.fileSystem().equals("xfs")) {
            return LinuxFileSystems.blockCloning(mount.fileSystem());
        }
        return XfsGeometry.blockCloning(Files.isDirectory(realPath) ? realPath : realPath.getParent());
    }

    private Optional<MountInfoEntry> mountOf(Path realPath) {
        try {
            Optional<MountInfoEntry> mount = table().mountOf(realPath.toString());
            if (mount.isEmpty()) {
                LOG.debug("[devdrive] No mount in {} contains {}, asking the JDK", mountInfo, realPath);
            }
            return mount;
        } catch (IOException | IllegalArgumentException e) {
            LOG.debug("[devdrive] Cannot use {}, asking the JDK: {}", mountInfo, e.toString());
            return Optional.empty();
        }
    }

    private MountTable table() throws IOException {
        if (table != null) {
            return table;
        }
        MountTable read = MountTable.read(mountInfo, fileNames);
        if (onePass) {
            table = read;
        }
        return read;
    }

    /** The charset the JVM decodes file names with, so mount points compare equal to its paths. */
    private static Charset fileNameCharset() {
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", "UTF-8"));
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}
