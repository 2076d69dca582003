package dev.devdrive.maven.lifecycle;

import dev.devdrive.maven.policy.TempRootDecision;
import java.nio.file.Path;
import java.util.Optional;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.execution.MavenSession;

/**
 * Finds the temp state of a build from its {@link MavenSession}. The state lives in the session's own data (the
 * repository session's, which {@code -T} builds share with every project's copy of the session), not in this
 * singleton: a JVM that serves many builds (mvnd, an IDE) drops each build's state with its session, whether the
 * build passed, failed, was stopped, or never reached its end (an IDE import does not end the session).
 *
 * <p>The one thing kept from build to build is the highest fork number Surefire may hand out: its pool is static
 * in the plugin realm, which a daemon keeps, so a later build's forks can draw numbers an earlier build used.
 */
@Named
@Singleton
public class BuildTempSessions {

    /**
     * The class itself, not its name: the devdrive plugin's realm loads its own copy of these classes, and Sisu finds
     * its copy of the mojo listener too; keyed by class, that copy sees no build state, and leaves the build alone.
     */
    private static final Class<BuildTempSession> KEY = BuildTempSession.class;

    private int highestForkNumber;

    /** The build redirects: its state, with nothing created yet. */
    void start(MavenSession session, TempRootDecision decision, boolean keep, Path projectDirectory) {
        session.getRepositorySession()
                .getData()
                .set(KEY, new BuildTempSession(decision, keep, projectDirectory, highestForkNumber()));
    }

    /** The build's state; empty when it does not redirect. */
    Optional<BuildTempSession> of(MavenSession session) {
        return Optional.ofNullable(
                (BuildTempSession) session.getRepositorySession().getData().get(KEY));
    }

    /** The build's forks may draw numbers up to {@code highest}: later builds in this JVM may get them too. */
    synchronized void forkNumbersReached(int highest) {
        highestForkNumber = Math.max(highestForkNumber, highest);
    }

    /** Cleans up the build's directories and forgets its state. */
    void end(MavenSession session) {
        Optional<BuildTempSession> state = of(session);
        session.getRepositorySession().getData().set(KEY, null);
        state.ifPresent(BuildTempSession::end);
    }

    private synchronized int highestForkNumber() {
        return highestForkNumber;
    }
}
