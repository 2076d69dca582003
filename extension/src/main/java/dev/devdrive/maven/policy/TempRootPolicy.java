package dev.devdrive.maven.policy;

import dev.devdrive.maven.config.DevDriveConfig;
import dev.devdrive.maven.config.Mode;
import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.PathVolume;
import dev.devdrive.maven.volume.VolumeFacts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
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

    private static final char CMD_UNSAFE = '!';

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
        boolean windows = osName.startsWith("Windows");
        Optional<TempRootDecision> userChoice = userChoice(config, userName, windows);
        if (userChoice.isPresent() || config.mode() != Mode.AUTO || windows || !devDriveEnvValue.isBlank()) {
            return userChoice;
        }
        return Optional.of(TempRootDecision.keep(
                config.mode(),
                "no Dev Drive outside Windows (" + osName + ") and DEV_DRIVE is not set;"
                        + " set devdrive.mode=same-volume to use the build directory's volume"));
    }

    /** The decision once the build's volumes are known. */
    public static TempRootDecision decide(DevDriveConfig config, BuildFacts facts) {
        Optional<TempRootDecision> userChoice = userChoice(config, facts.userName(), facts.windows());
        if (userChoice.isPresent()) {
            return userChoice.get();
        }
        return carried(volumeDecision(config, facts), facts.windows());
    }

    /**
     * The decision once its candidate roots are checked on disk: refused candidates leave the list with their
     * reasons, and when none is left temp stays where it is. When the root that will be used is each module's own,
     * each module's root is checked too: a refused one is listed, and that module's forks keep their usual temp
     * directory while the others redirect. The build and {@code devdrive:report} both take this step, through the
     * same inspection, so the report shows a refused root as the build will find it.
     *
     * @param moduleBuildDirectories the build directories of the modules the build runs, by their real paths
     */
    public static TempRootDecision afterRootChecks(
            TempRootDecision decision,
            RootInspection inspection,
            Path projectDirectory,
            List<Path> moduleBuildDirectories) {
        if (!decision.redirect()) {
            return decision;
        }
        List<RootCandidate> usable = new ArrayList<>();
        List<RootRefusal> refused = new ArrayList<>();
        for (RootCandidate candidate : decision.rootCandidates()) {
            Optional<RootRefusal> refusal = inspection.refusal(candidate.path(), projectDirectory);
            refusal.ifPresent(refused::add);
            if (refusal.isPresent()) {
                continue;
            }
            if (usable.isEmpty() && candidate.perModule()) {
                moduleBuildDirectories.stream()
                        .map(candidate::pathFor)
                        .filter(root -> !root.equals(candidate.path()))
                        .distinct()
                        .forEach(root ->
                                inspection.refusal(root, projectDirectory).ifPresent(refused::add));
            }
            usable.add(candidate);
        }
        if (usable.isEmpty()) {
            return new TempRootDecision(
                    false,
                    decision.mode(),
                    List.of(),
                    "no usable temp root: every candidate was refused (" + decision.reason() + ")",
                    false,
                    refused);
        }
        return new TempRootDecision(true, decision.mode(), usable, decision.reason(), decision.warning(), refused);
    }

    private static TempRootDecision volumeDecision(DevDriveConfig config, BuildFacts facts) {
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
    private static Optional<TempRootDecision> userChoice(DevDriveConfig config, String userName, boolean windows) {
        Mode mode = config.mode();
        if (mode == Mode.OFF) {
            return Optional.of(TempRootDecision.keep(mode, "turned off (devdrive.mode=off or devdrive.skip=true)"));
        }
        return config.tmpRoot()
                .map(root -> carried(
                        new TempRootDecision(
                                true,
                                mode,
                                List.of(RootCandidate.fixed(root.resolve(safeName(userName)))),
                                "devdrive.tmpRoot is set"),
                        windows));
    }

    /**
     * On Windows, the candidates whose path reaches a fork intact: Surefire and javac start forks through
     * {@code cmd.exe}, which can be made to take every character of a Windows path literally except {@code !}
     * (expanded when delayed expansion is on, a registry setting). When none is left, temp stays where it is,
     * with a warning: a build that cannot be redirected safely is built as without the extension.
     */
    private static TempRootDecision carried(TempRootDecision decision, boolean windows) {
        if (!windows || !decision.redirect()) {
            return decision;
        }
        List<RootCandidate> carried = decision.rootCandidates().stream()
                .filter(root -> root.path().toString().indexOf(CMD_UNSAFE) < 0)
                .toList();
        if (!carried.isEmpty()) {
            return new TempRootDecision(true, decision.mode(), carried, decision.reason());
        }
        return new TempRootDecision(
                false,
                decision.mode(),
                List.of(),
                decision.rootCandidates().get(0).path() + " has a '" + CMD_UNSAFE + "', which cmd.exe (through which"
                        + " Surefire starts test JVMs on Windows) expands when delayed expansion is on; set"
                        + " devdrive.tmpRoot to a directory without '" + CMD_UNSAFE + "' on the build's volume",
                true);
    }

    /**
     * The volume root is preferred on a development volume (a Dev Drive or {@code DEV_DRIVE}), where it keeps paths
     * short, and on Windows in every mode: there a file that a process a test left running still holds cannot be
     * deleted, and below the build directory it would make {@code mvn clean} fail. Elsewhere the root is a system
     * directory (such as {@code /}) that is not ours to fill.
     */
    private static List<RootCandidate> candidates(BuildFacts facts, boolean devVolume) {
        PathVolume build = facts.buildDirectory();
        Path buildDirectory = build.real().orElse(build.path().toAbsolutePath().normalize());
        List<RootCandidate> candidates = new ArrayList<>();
        sharedRootParent(facts, devVolume)
                .ifPresent(parent -> candidates.add(RootCandidate.fixed(
                        parent.resolve(VOLUME_ROOT_DIRECTORY).resolve(safeName(facts.userName())))));
        candidates.add(RootCandidate.inEachBuildDirectory(buildDirectory));
        return candidates;
    }

    /**
     * Where the shared root goes: the volume's root; but for a volume that counts because {@code DEV_DRIVE} names
     * it, the directory {@code DEV_DRIVE} names, which is the volume's root when it names a drive ({@code E:}) and
     * stays within what the user named when it is a bind mount of part of a bigger file system, whose top may be
     * {@code /}.
     */
    private static Optional<Path> sharedRootParent(BuildFacts facts, boolean devVolume) {
        VolumeFacts volume = facts.buildDirectory().volume();
        if (!volume.devDrive().isYes() && facts.buildOnDevDriveEnvVolume()) {
            return facts.devDriveEnv().flatMap(PathVolume::real);
        }
        if ((devVolume || facts.windows()) && !volume.root().isEmpty()) {
            return Optional.of(Path.of(volume.root()));
        }
        return Optional.empty();
    }

    /**
     * A user name as one safe path segment: domain users ({@code CORP\jo}) and odd characters included. A name
     * that had to change gets a digest of itself, so that two accounts never share one ({@code Jörgen} and
     * {@code Jürgen}).
     */
    static String safeName(String userName) {
        String safe = userName.replaceAll("[^A-Za-z0-9._-]", "_");
        if (safe.isEmpty() || safe.chars().allMatch(c -> c == '.')) {
            safe = "user";
        }
        return safe.equals(userName) ? safe : safe + "-" + digest(userName);
    }

    /** Eight hex digits of the name's SHA-256: the same on every JVM, unlike {@code hashCode}. */
    private static String digest(String userName) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(userName.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
