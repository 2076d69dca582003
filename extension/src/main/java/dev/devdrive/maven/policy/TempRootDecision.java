package dev.devdrive.maven.policy;

import dev.devdrive.maven.config.Mode;
import java.util.List;
import java.util.Objects;

/**
 * What the extension will do with the build's temporary files.
 *
 * @param redirect       whether forked JVMs get a temp directory under one of the candidates
 * @param mode           the mode that led here
 * @param rootCandidates roots to try in order (the first that can be opened safely wins); empty when not
 *                       redirecting
 * @param reason         one sentence for the log and the report
 * @param warning        whether the reason is a WARNING: the user asked for a redirect that cannot be done safely
 * @param refusedRoots   candidates the root checks refused ({@link TempRootPolicy#afterRootChecks}), in order
 */
public record TempRootDecision(
        boolean redirect,
        Mode mode,
        List<RootCandidate> rootCandidates,
        String reason,
        boolean warning,
        List<RootRefusal> refusedRoots) {

    public TempRootDecision(boolean redirect, Mode mode, List<RootCandidate> rootCandidates, String reason) {
        this(redirect, mode, rootCandidates, reason, false);
    }

    public TempRootDecision(
            boolean redirect, Mode mode, List<RootCandidate> rootCandidates, String reason, boolean warning) {
        this(redirect, mode, rootCandidates, reason, warning, List.of());
    }

    public TempRootDecision {
        Objects.requireNonNull(mode, "mode");
        rootCandidates = List.copyOf(rootCandidates);
        Objects.requireNonNull(reason, "reason");
        refusedRoots = List.copyOf(refusedRoots);
    }

    /**
     * Written out rather than generated: a record's generated {@code toString} bootstraps method handles, which
     * costs milliseconds at the start of every build that logs at debug level.
     */
    @Override
    public String toString() {
        return "TempRootDecision[redirect=" + redirect + ", mode=" + mode + ", rootCandidates=" + rootCandidates
                + ", reason=" + reason + ", warning=" + warning + ", refusedRoots=" + refusedRoots + "]";
    }

    static TempRootDecision keep(Mode mode, String reason) {
        return new TempRootDecision(false, mode, List.of(), reason);
    }
}
