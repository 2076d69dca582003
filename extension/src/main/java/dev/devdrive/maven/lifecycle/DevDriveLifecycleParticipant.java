package dev.devdrive.maven.lifecycle;

import dev.devdrive.maven.config.DevDriveConfig;
import dev.devdrive.maven.config.InvalidPropertyException;
import dev.devdrive.maven.detect.VolumeDetector;
import dev.devdrive.maven.inject.ForkingPlugin;
import dev.devdrive.maven.policy.BuildFactsCollector;
import dev.devdrive.maven.policy.TempRootDecision;
import dev.devdrive.maven.policy.TempRootPolicy;
import dev.devdrive.maven.tmp.TempRoot;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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
 * volume, and cleans up when the build ends. The decision itself is {@link TempRootPolicy}'s.
 */
@Named("devdrive")
@Singleton
public class DevDriveLifecycleParticipant extends AbstractMavenLifecycleParticipant {

    private static final Logger LOG = LoggerFactory.getLogger(DevDriveLifecycleParticipant.class);

    private final BuildTempSession tempSession;
    private final VolumeDetector detector;

    @Inject
    public DevDriveLifecycleParticipant(BuildTempSession tempSession, VolumeDetector detector) {
        this.tempSession = tempSession;
        this.detector = detector;
    }

    @Override
    public void afterProjectsRead(MavenSession session) throws MavenExecutionException {
        MavenProject top = session.getTopLevelProject();
        DevDriveConfig config;
        try {
            config = DevDriveConfig.from(session.getUserProperties()::getProperty, top.getProperties()::getProperty);
        } catch (InvalidPropertyException e) {
            throw new MavenExecutionException(e.getMessage(), top.getFile());
        }
        Path buildDirectory = Path.of(top.getBuild().getDirectory());
        TempRootDecision decision = BuildFactsCollector.decide(
                config, System.getProperty("os.name", ""), detector::start, buildDirectory, System.getenv());
        LOG.debug("[devdrive] {}", decision);
        if (!decision.redirect()) {
            if (decision.warning()) {
                LOG.warn("[devdrive] Temp left as it is: {}", decision.reason());
            } else {
                LOG.info("[devdrive] Temp left as it is: {}", decision.reason());
            }
            return;
        }
        // without a POM (a goal run outside a project) there is no project directory: where Maven was started
        Path projectDirectory =
                top.getBasedir() != null ? top.getBasedir().toPath() : Path.of(session.getExecutionRootDirectory());
        Optional<TempRoot> root = openFirst(decision.rootCandidates(), projectDirectory);
        if (root.isEmpty()) {
            LOG.info("[devdrive] Temp left as it is: no usable temp root (see the warnings above)");
            return;
        }
        tempSession.start(root.get(), config.keep());
        LOG.info(
                "[devdrive] Redirecting temp of forked JVMs ({}) to a per-build directory in {}: {}",
                describe(ForkingPlugin.usedBy(session.getProjects())),
                root.get().path(),
                decision.reason());
    }

    @Override
    public void afterSessionEnd(MavenSession session) {
        tempSession.end();
    }

    private static Optional<TempRoot> openFirst(List<Path> candidates, Path projectDirectory) {
        for (Path candidate : candidates) {
            Optional<TempRoot> root = TempRoot.open(candidate, projectDirectory)
                    .root(refused -> LOG.warn("[devdrive] Temp root {} refused: {}", refused.path(), refused.reason()));
            if (root.isPresent()) {
                return root;
            }
        }
        return Optional.empty();
    }

    private static String describe(List<ForkingPlugin> plugins) {
        return plugins.isEmpty()
                ? "none found in the reactor"
                : plugins.stream().map(ForkingPlugin::label).collect(Collectors.joining(", "));
    }
}
