package dev.devdrive.maven.volume;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One detection pass: answers "what volume is this path on, and is it a Dev Drive?" for any path, on any OS.
 * Never throws: whatever cannot be examined comes back as unknown with the reason. Volume facts are kept per
 * volume for this pass only, so asking about many paths on one drive costs one native query, and free space
 * and trust, which change, are read again by the next build's pass (the Maven daemon runs many builds in one
 * JVM).
 */
public final class VolumeDetection {

    private final VolumeProbe probe;
    private final Map<String, VolumeFacts> byRoot = new ConcurrentHashMap<>();

    /** @param probe the platform's probe, for one pass ({@link VolumeProbe#forOnePass()}) */
    public VolumeDetection(VolumeProbe probe) {
        this.probe = probe;
    }

    public PathVolume detect(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return new PathVolume(
                    path, null, VolumeFacts.unknown(absolute.toString(), "no part of the path exists"), "");
        }
        Path realExisting;
        String root;
        try {
            realExisting = probe.realPath(existing);
            root = probe.volumeRoot(realExisting);
        } catch (IOException | RuntimeException | LinkageError e) {
            String reason = "cannot resolve " + existing + ": " + describe(e);
            return new PathVolume(path, null, VolumeFacts.unknown(existing.toString(), reason), reason);
        }
        VolumeFacts facts = byRoot.computeIfAbsent(root, r -> describeSafely(r, realExisting));
        Path real = realExisting.resolve(existing.relativize(absolute));
        String problem = existing.equals(absolute) ? "" : "does not exist yet; examined " + existing;
        return new PathVolume(path, real, facts, problem);
    }

    /** Whether two paths are on the same volume; unknown when either cannot be examined. */
    public Answer sameVolume(Path a, Path b) {
        VolumeFacts va = detect(a).volume();
        VolumeFacts vb = detect(b).volume();
        if (!va.isKnown() || !vb.isKnown()) {
            return Answer.unknown("cannot examine " + (va.isKnown() ? b : a));
        }
        return va.id().equals(vb.id())
                ? Answer.yes("both on " + va.root())
                : Answer.no(a + " is on " + va.root() + ", " + b + " is on " + vb.root());
    }

    /** Every Dev Drive on this machine, for reporting; never used to choose one. */
    public List<VolumeFacts> devDrives() {
        try {
            return probe.devDrives();
        } catch (RuntimeException | LinkageError e) {
            return List.of();
        }
    }

    private VolumeFacts describeSafely(String root, Path realPath) {
        try {
            return probe.describe(root, realPath);
        } catch (RuntimeException | LinkageError e) {
            return VolumeFacts.unknown(root, "cannot examine volume " + root + ": " + describe(e));
        }
    }

    private static String describe(Throwable e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
