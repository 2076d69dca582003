package dev.devdrive.maven.policy;

import dev.devdrive.maven.config.DevDriveConfig;
import dev.devdrive.maven.config.Mode;
import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.PathVolume;
import dev.devdrive.maven.volume.VolumeFacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides, from plain data, whether and where a build's temporary files go. Never guesses between volumes:
 * the only volume it ever redirects to is the build directory's own, or the one the user names.
 */
public final class TempRootPolicy {

    /** Short on purpose: Windows tools without long-path support stop at 260 characters. */
    static final String VOLUME_ROOT_DIRECTORY = ".devdrive-tmp";

    static final String BUILD_DIRECTORY_ROOT = "devdrive-tmp";

    private TempRootPolicy() {}

    public static TempRootDecision decide(DevDriveConfig config, BuildFacts facts) {
        Mode mode = config.mode();
        if (mode == Mode.OFF) {
            return TempRootDecision.keep(mode, "turned off (devdrive.mode=off or devdrive.skip=true)");
        }
        if (config.tmpRoot().isPresent()) {
            return new TempRootDecision(
                    true,
                    mode,
                    List.of(config.tmpRoot().get().resolve(safeName(facts.userName()))),
                    "devdrive.tmpRoot is set");
        }
        PathVolume build = facts.buildDirectory();
        VolumeFacts volume = build.volume();
        String where = volume.label();
        boolean devVolume = volume.devDrive().isYes() || facts.buildOnDevDriveEnvVolume();
        if (mode == Mode.SAME_VOLUME) {
            return new TempRootDecision(
                    true, mode, candidates(facts, devVolume), "devdrive.mode=same-volume: build directory on " + where);
        }
        if (volume.devDrive().isYes()) {
            return new TempRootDecision(true, mode, candidates(facts, true), "build directory on Dev Drive " + where);
        }
        if (facts.buildOnDevDriveEnvVolume()) {
            return new TempRootDecision(
                    true,
                    mode,
                    candidates(facts, true),
                    "build directory on " + where + ", the volume named by DEV_DRIVE=" + facts.devDriveEnvValue());
        }
        Answer devDrive = volume.devDrive();
        if (devDrive.isUnknown()) {
            return TempRootDecision.keep(
                    mode,
                    "cannot tell whether the build directory's volume " + where + " is a Dev Drive ("
                            + devDrive.reason() + "); set devdrive.mode=same-volume to use it anyway");
        }
        return TempRootDecision.keep(mode, "build directory on " + where + " is not a Dev Drive");
    }

    /**
     * The volume root is preferred only on a development volume (a Dev Drive or {@code DEV_DRIVE}): it keeps
     * paths short, and elsewhere the root is a system directory (such as {@code /}) that is not ours to fill.
     */
    private static List<Path> candidates(BuildFacts facts, boolean devVolume) {
        PathVolume build = facts.buildDirectory();
        Path buildDirectory = build.real().orElse(build.path().toAbsolutePath().normalize());
        List<Path> candidates = new ArrayList<>();
        if (devVolume && !build.volume().root().isEmpty()) {
            candidates.add(Path.of(build.volume().root(), VOLUME_ROOT_DIRECTORY, safeName(facts.userName())));
        }
        candidates.add(buildDirectory.resolve(BUILD_DIRECTORY_ROOT));
        return candidates;
    }

    /** A user name as one safe path segment: domain users ({@code CORP\jo}) and odd characters included. */
    static String safeName(String userName) {
        String safe = userName.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "user" : safe;
    }
}
