package dev.devdrive.maven.policy;

import dev.devdrive.maven.config.DevDriveConfig;
import dev.devdrive.maven.config.Mode;
import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.PathVolume;
import dev.devdrive.maven.volume.VolumeFacts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Decides, from plain data, whether and where a build's temporary files go. Never guesses between volumes:
 * the only volume it ever redirects to is the build directory's own, or the one the user names.
 */
public final class TempRootPolicy {

    /** Short on purpose: Windows tools without long-path support stop at 260 characters. */
    static final String VOLUME_ROOT_DIRECTORY = ".devdrive-tmp";

    static final String BUILD_DIRECTORY_ROOT = "devdrive-tmp";

    private TempRootPolicy() {}

    /**
     * The decision that needs no volume detected, made before any detection: {@code off}, a root the user named,
     * or {@code auto} where no Dev Drive can exist (not Windows, {@code DEV_DRIVE} unset). Empty when the build's
     * volume decides: then call {@link #decide}.
     *
     * @param osName           the {@code os.name} system property
     * @param devDriveEnvValue the raw value of {@code DEV_DRIVE}, {@code ""} when unset
     */
    public static Optional<TempRootDecision> decideWithoutVolumes(
            DevDriveConfig config, String osName, String devDriveEnvValue, String userName) {
        Optional<TempRootDecision> userChoice = userChoice(config, userName);
        if (userChoice.isPresent()
                || config.mode() != Mode.AUTO
                || osName.startsWith("Windows")
                || !devDriveEnvValue.isBlank()) {
            return userChoice;
        }
        return Optional.of(TempRootDecision.keep(
                config.mode(),
                "no Dev Drive outside Windows (" + osName + ") and DEV_DRIVE is not set;"
                        + " set devdrive.mode=same-volume to use the build directory's volume"));
    }

    /** The decision once the build's volumes are known. */
    public static TempRootDecision decide(DevDriveConfig config, BuildFacts facts) {
        Optional<TempRootDecision> userChoice = userChoice(config, facts.userName());
        if (userChoice.isPresent()) {
            return userChoice.get();
        }
        Mode mode = config.mode();
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

    /** {@code off} or {@code devdrive.tmpRoot}: what the user decided, whatever the volumes. */
    private static Optional<TempRootDecision> userChoice(DevDriveConfig config, String userName) {
        Mode mode = config.mode();
        if (mode == Mode.OFF) {
            return Optional.of(TempRootDecision.keep(mode, "turned off (devdrive.mode=off or devdrive.skip=true)"));
        }
        return config.tmpRoot()
                .map(root -> new TempRootDecision(
                        true,
                        mode,
                        List.of(RootCandidate.fixed(root.resolve(safeName(userName)))),
                        "devdrive.tmpRoot is set"));
    }

    /**
     * The volume root is preferred only on a development volume (a Dev Drive or {@code DEV_DRIVE}): it keeps
     * paths short, and elsewhere the root is a system directory (such as {@code /}) that is not ours to fill.
     */
    private static List<RootCandidate> candidates(BuildFacts facts, boolean devVolume) {
        PathVolume build = facts.buildDirectory();
        Path buildDirectory = build.real().orElse(build.path().toAbsolutePath().normalize());
        List<RootCandidate> candidates = new ArrayList<>();
        if (devVolume && !build.volume().root().isEmpty()) {
            candidates.add(RootCandidate.fixed(
                    Path.of(build.volume().root(), VOLUME_ROOT_DIRECTORY, safeName(facts.userName()))));
        }
        candidates.add(RootCandidate.inEachBuildDirectory(buildDirectory));
        return candidates;
    }

    /** A user name as one safe path segment: domain users ({@code CORP\jo}) and odd characters included. */
    static String safeName(String userName) {
        String safe = userName.replaceAll("[^A-Za-z0-9._-]", "_");
        return safe.isEmpty() || safe.chars().allMatch(c -> c == '.') ? "user" : safe;
    }
}
