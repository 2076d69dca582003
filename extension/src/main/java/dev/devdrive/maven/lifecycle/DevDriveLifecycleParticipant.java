package dev.devdrive.maven.lifecycle;

import dev.devdrive.maven.config.DevDriveConfig;
import dev.devdrive.maven.config.InvalidPropertyException;
import dev.devdrive.maven.policy.BuildFactsCollector;
import dev.devdrive.maven.policy.TempRootDecision;
import dev.devdrive.maven.policy.TempRootPolicy;
import dev.devdrive.maven.tmp.TempRoot;
import dev.devdrive.maven.tmp.TempRootOpening;
import dev.devdrive.maven.volume.VolumeDetector;
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

    @Inject
    public DevDriveLifecycleParticipant(BuildTempSession tempSession) {
        this.tempSession = tempSession;
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
        TempRootDecision decision = TempRootPolicy.decide(
                config, BuildFactsCollector.collect(VolumeDetector.forThisMachine(), buildDirectory, System.getenv()));
        LOG.debug("[devdrive] {}", decision);
        if (!decision.redirect()) {
            LOG.info("[devdrive] Temp left as it is: {}", decision.reason());
            return;
        }
        Optional<TempRoot> root =
                openFirst(decision.rootCandidates(), top.getBasedir().toPath());
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
            TempRootOpening opening = TempRoot.open(candidate, projectDirectory);
            if (opening instanceof TempRootOpening.Opened opened) {
                return Optional.of(opened.root());
            }
            TempRootOpening.Refused refused = (TempRootOpening.Refused) opening;
            LOG.warn("[devdrive] Temp root {} refused: {}", refused.path(), refused.reason());
        }
        return Optional.empty();
    }

    private static String describe(List<ForkingPlugin> plugins) {
        return plugins.isEmpty()
                ? "none found in the reactor"
                : plugins.stream().map(ForkingPlugin::label).collect(Collectors.joining(", "));
    }
}
