package dev.devdrive.maven.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import dev.devdrive.maven.detect.VolumeDetector;
import dev.devdrive.maven.tmp.TempRootInspection;
import java.io.File;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.DefaultRepositorySystemSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The participant as a JVM that serves many builds sees it: a daemon, or an IDE importing projects. */
class DevDriveLifecycleParticipantTest {

    @TempDir
    Path tmp;

    private final BuildTempSessions sessions = new BuildTempSessions();
    private final DevDriveLifecycleParticipant participant =
            new DevDriveLifecycleParticipant(sessions, new VolumeDetector(), new TempRootInspection());

    @Test
    void anImportCreatesNothingAndChangesNothing() throws Exception {
        String tmpdir = System.getProperty("java.io.tmpdir");
        Path project = Files.createDirectory(tmp.resolve("app"));

        // IntelliJ IDEA and m2e call afterProjectsRead while importing, run no mojo, and may never end the session.
        MavenSession session = session(project, "same-volume");
        participant.afterProjectsRead(session);

        assertThat(sessions.of(session)).isPresent();
        assertThat(project).isEmptyDirectory();
        assertThat(System.getProperty("java.io.tmpdir")).isEqualTo(tmpdir);
    }

    @Test
    void noBuildIsRetainedWhateverItsEnd() throws Exception {
        Path project = Files.createDirectory(tmp.resolve("app"));
        List<WeakReference<MavenSession>> builds = new java.util.ArrayList<>();
        for (int build = 0; build < 6; build++) {
            MavenSession session = session(project, "same-volume");
            participant.afterProjectsRead(session);
            BuildTempSession state = sessions.of(session).orElseThrow();
            state.forksStarting(
                    session.getTopLevelProject(),
                    state.directoryFor(project.resolve("target")).orElseThrow(),
                    "app",
                    1);
            // half the builds fail in their tests: Maven 3.9 reports no end of that execution; an IDE ends none
            if (build % 3 == 0) {
                participant.afterSessionEnd(session);
            } else if (build % 3 == 1) {
                state.forksEnded(session.getTopLevelProject());
                participant.afterSessionEnd(session);
            }
            builds.add(new WeakReference<>(session));
        }

        for (int attempt = 0; attempt < 50 && builds.stream().anyMatch(b -> b.get() != null); attempt++) {
            System.gc();
            Thread.sleep(20);
        }
        assertThat(builds).allSatisfy(build -> assertThat(build.get()).isNull());
    }

    @Test
    void aLaterBuildPreparesOnlyTheForkNumbersSurefireCanHandOut() throws Exception {
        Path project = Files.createDirectory(tmp.resolve("app"));
        for (int build = 0; build < 4; build++) {
            MavenSession session = session(project, "same-volume");
            participant.afterProjectsRead(session);
            BuildTempSession state = sessions.of(session).orElseThrow();
            var directory = state.directoryFor(project.resolve("target")).orElseThrow();
            sessions.forkNumbersReached(state.forksStarting(session.getTopLevelProject(), directory, "app", 3));
            // a failing test run: no end reported for the execution before the session ends
            if (build == 3) {
                assertThat(directory.path().resolve("app")).isDirectoryContaining("glob:**/fork-3");
                assertThat(directory.path().resolve("app")).isDirectoryNotContaining("glob:**/fork-4");
            }
            participant.afterSessionEnd(session);
        }
    }

    private static MavenSession session(Path project, String mode) {
        Model model = new Model();
        model.setGroupId("g");
        model.setArtifactId("app");
        model.setVersion("1");
        MavenProject top = new MavenProject(model);
        top.setFile(new File(project.toFile(), "pom.xml"));
        top.getBuild().setDirectory(project.resolve("target").toString());
        top.setExecutionRoot(true);
        Properties user = new Properties();
        user.setProperty("devdrive.mode", mode);
        MavenExecutionRequest request = new DefaultMavenExecutionRequest();
        request.setUserProperties(user);
        request.setBaseDirectory(project.toFile());
        @SuppressWarnings("deprecation")
        MavenSession session = new MavenSession(
                null, new DefaultRepositorySystemSession(), request, new DefaultMavenExecutionResult());
        session.setProjects(List.of(top));
        return session;
    }
}
