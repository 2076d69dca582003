package dev.devdrive.maven.volume.linux;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The mounts of this process's mount namespace, as {@code /proc/self/mountinfo} lists them. */
final class MountTable {

    private final List<MountInfoEntry> entries;

    public MountTable(List<MountInfoEntry> entries) {
        this.entries = List.copyOf(entries);
    }

    /**
     * Reads and parses a mountinfo file.
     *
     * @throws IOException              when it cannot be read
     * @throws IllegalArgumentException when a line does not have the documented shape
     */
    public static MountTable read(Path mountInfo, Charset fileNames) throws IOException {
        // Decoded like file names are, so mount points compare equal to the JVM's paths.
        String text = new String(Files.readAllBytes(mountInfo), fileNames);
        MountInfoParser parser = new MountInfoParser(fileNames);
        return new MountTable(
                text.lines().filter(line -> !line.isEmpty()).map(parser::parse).toList());
    }

    public List<MountInfoEntry> entries() {
        return entries;
    }

    /**
     * The mount an absolute, real path is on: the entry with the longest mount point that contains it. Of
     * mounts stacked on one mount point the last listed is on top, so a later entry wins a tie.
     */
    public Optional<MountInfoEntry> mountOf(String realPath) {
        MountInfoEntry best = null;
        for (MountInfoEntry entry : entries) {
            if (contains(entry.mountPoint(), realPath)
                    && (best == null
                            || entry.mountPoint().length() >= best.mountPoint().length())) {
                best = entry;
            }
        }
        return Optional.ofNullable(best);
    }

    private static boolean contains(String mountPoint, String path) {
        if (mountPoint.equals("/")) {
            return path.startsWith("/");
        }
        return path.startsWith(mountPoint)
                && (path.length() == mountPoint.length() || path.charAt(mountPoint.length()) == '/');
    }
}
