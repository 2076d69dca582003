package dev.devdrive.maven.volume.linux;

import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.JdkVolumeProbe;
import dev.devdrive.maven.volume.VolumeFacts;
import dev.devdrive.maven.volume.VolumeProbe;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Detection on Linux: mount point, device and type from {@code /proc/self/mountinfo}, which is read anew for each
 * path (it is small and mounts change), sizes from the JDK, removable from sysfs. Where mountinfo cannot be read
 * (a restricted container), the JDK alone answers.
 */
public final class LinuxVolumeProbe implements VolumeProbe {

    private static final Answer NOT_WINDOWS = Answer.no("Dev Drive exists only on Windows");

    private final Supplier<List<String>> mountInfo;
    private final Function<String, Optional<String>> sysfs;
    private final JdkVolumeProbe fallback = new JdkVolumeProbe();

    /**
     * @param mountInfo the lines of {@code /proc/self/mountinfo}; throws {@link UncheckedIOException} when unreadable
     * @param sysfs     the trimmed content of a file below {@code /sys}, by path, or empty when missing
     */
    LinuxVolumeProbe(Supplier<List<String>> mountInfo, Function<String, Optional<String>> sysfs) {
        this.mountInfo = mountInfo;
        this.sysfs = sysfs;
    }

    public static VolumeProbe forThisMachine() {
        return new LinuxVolumeProbe(() -> readLines(Path.of("/proc/self/mountinfo")), LinuxVolumeProbe::readSys);
    }

    @Override
    public String volumeRoot(Path realPath) throws IOException {
        Optional<MountTable> table = table();
        if (table.isEmpty()) {
            return fallback.volumeRoot(realPath);
        }
        return table.get()
                .mountOf(realPath)
                .map(MountInfoEntry::mountPoint)
                .orElseThrow(() -> new IOException("no mount in /proc/self/mountinfo contains " + realPath));
    }

    @Override
    public VolumeFacts describe(String root, Path realPath) {
        Optional<MountInfoEntry> mount = table().flatMap(t -> t.mountAt(root));
        if (mount.isEmpty()) {
            return fallback.describe(root, realPath);
        }
        MountInfoEntry entry = mount.get();
        String type = entry.fileSystem();
        long total = -1;
        long free = -1;
        try {
            FileStore store = Files.getFileStore(realPath);
            total = store.getTotalSpace();
            free = store.getUsableSpace();
        } catch (IOException e) {
            // sizes stay unknown; the rest of the facts still hold
        }
        List<String> notes = new ArrayList<>(LinuxFileSystems.notes(type));
        if (entry.readOnly()) {
            notes.add("mounted read-only");
        }
        return new VolumeFacts(
                "dev:" + entry.device(),
                root,
                type,
                total,
                free,
                LinuxFileSystems.isRemote(type),
                removable(entry.device()),
                NOT_WINDOWS,
                NOT_WINDOWS,
                LinuxFileSystems.blockCloning(type),
                notes);
    }

    /** A partition has no {@code removable} file of its own; its disk, one level up in sysfs, has. */
    private boolean removable(String device) {
        String base = "/sys/dev/block/" + device;
        return sysfs.apply(base + "/removable")
                .or(() -> sysfs.apply(base + "/../removable"))
                .map("1"::equals)
                .orElse(false);
    }

    private Optional<MountTable> table() {
        try {
            List<MountInfoEntry> entries = MountInfoParser.parse(mountInfo.get());
            return entries.isEmpty() ? Optional.empty() : Optional.of(new MountTable(entries));
        } catch (UncheckedIOException e) {
            return Optional.empty();
        }
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> readSys(String path) {
        try {
            return Optional.of(Files.readString(Path.of(path)).trim());
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
