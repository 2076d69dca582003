package dev.devdrive.maven.lifecycle;

import dev.devdrive.maven.config.DevDriveConfig;
import dev.devdrive.maven.config.InvalidPropertyException;
import dev.devdrive.maven.config.TopLevelProject;
import dev.devdrive.maven.detect.VolumeDetector;
import dev.devdrive.maven.inject.ForkingPlugin;
import dev.devdrive.maven.policy.BuildFactsCollector;
import dev.devdrive.maven.policy.RootCandidate;
import dev.devdrive.maven.policy.RootInspection;
import dev.devdrive.maven.policy.TempRootDecision;
import dev.devdrive.maven.policy.TempRootPolicy;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.MavenExecutionException;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides once per build, when the reactor is known, whether forked JVMs get a temp directory on the build's
 * volume, and cleans up when the build ends. The decision itself is {@link TempRootPolicy}'s. Deciding creates
 * nothing: an IDE calls this while importing a project, in a JVM that lives as long as the IDE, and may never end
 * the session.
 */
@Named("devdrive")
@Singleton
public class DevDriveLifecycleParticipant extends AbstractMavenLifecycleParticipant {

    private static final Logger LOG = LoggerFactory.getLogger(DevDriveLifecycleParticipant.class);

    private final BuildTempSessions tempSessions;
    private final VolumeDetector detector;
    private final RootInspection rootInspection;

    @Inject
    public DevDriveLifecycleParticipant(
            BuildTempSessions tempSessions, VolumeDetector detector, RootInspection rootInspection) {
        this.tempSessions = tempSessions;
        this.detector = detector;
        this.rootInspection = rootInspection;
    }

    @Override
    public void afterProjectsRead(MavenSession session) throws MavenExecutionException {
        MavenProject top = TopLevelProject.of(session);
        DevDriveConfig config;
        try {
            config = DevDriveConfig.from(session.getUserProperties()::getProperty, top.getProperties()::getProperty);
        } catch (InvalidPropertyException e) {
            throw new MavenExecutionException(e.getMessage(), top.getFile());
        }
        Path buildDirectory = Path.of(top.getBuild().getDirectory());
        // without a POM (a goal run outside a project) there is no project directory: where Maven was started
        Path projectDirectory =
                top.getBasedir() != null ? top.getBasedir().toPath() : Path.of(session.getExecutionRootDirectory());
        TempRootDecision decision = TempRootPolicy.afterRootChecks(
                BuildFactsCollector.decide(
                        config, System.getProperty("os.name", ""), detector::start, buildDirectory, System.getenv()),
                rootInspection,
                projectDirectory,
                session.getProjects().stream()
                        .map(project -> BuildFactsCollector.realPath(
                                Path.of(project.getBuild().getDirectory())))
                        .toList());
        LOG.debug("[devdrive] {}", decision);
        decision.refusedRoots().forEach(refused -> LOG.warn("[devdrive] Temp root {}", refused));
        if (!decision.redirect()) {
            if (decision.warning()) {
                LOG.warn("[devdrive] Temp left as it is: {}", decision.reason());
            } else {
                LOG.info("[devdrive] Temp left as it is: {}", decision.reason());
            }
            return;
        }
        tempSessions.start(session, decision, config.keep(), projectDirectory);
        LOG.info(
                "[devdrive] Redirecting temp of forked JVMs ({}) to a per-build directory in {}: {}",
                describe(ForkingPlugin.usedBy(
                        session.getProjects(),
                        session.getGoals(),
                        session.getUserProperties(),
                        session.getSystemProperties())),
                where(decision.rootCandidates(), session.getProjects(), top),
                decision.reason());
    }

    @Override
    public void afterSessionEnd(MavenSession session) {
        tempSessions.end(session);
    }

    /**
     * The first candidate root; a root in build directories is each module's own unless the top-level project is
     * all the build runs.
     */
    private static String where(List<RootCandidate> candidates, List<MavenProject> projects, MavenProject top) {
        RootCandidate first = candidates.get(0);
        boolean onlyTop = projects.size() == 1 && projects.get(0) == top;
        return first.perModule() && !onlyTop
                ? "each module's build directory (" + first.path().getFileName() + ")"
                : first.path().toString();
    }

    private static String describe(List<ForkingPlugin> plugins) {
        return plugins.isEmpty()
                ? "none that the requested goals run"
                : plugins.stream().map(ForkingPlugin::label).collect(Collectors.joining(", "));
    }
}
