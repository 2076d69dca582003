package dev.devdrive.maven.report;

import static dev.devdrive.maven.report.Fixtures.LINUX;
import static dev.devdrive.maven.report.Fixtures.WINDOWS;
import static dev.devdrive.maven.report.Fixtures.at;
import static dev.devdrive.maven.report.Fixtures.devDrive;
import static dev.devdrive.maven.report.Fixtures.facts;
import static dev.devdrive.maven.report.Fixtures.ntfs;
import static dev.devdrive.maven.report.Fixtures.unix;
import static org.assertj.core.api.Assertions.assertThat;

import dev.devdrive.maven.volume.Answer.State;
import dev.devdrive.maven.volume.VolumeFacts;
import dev.devdrive.maven.volume.VolumeKind;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Maven line a recommendation prints is given to a real Maven start, as a user would paste it: the
 * {@code MAVEN_OPTS} values (also as lines of {@code .mvn/jvm.config}) and the {@code -Ddevdrive.*} options on the
 * command line of a build that loads the extension. A value Maven's launcher splits into a stray word, like the
 * bare path Dev Home once put in {@code MAVEN_OPTS}, stops Maven from starting and fails this test.
 */
class RecommendedMavenLinesRunTest {

    private static final String MAVEN_OPTS = "MAVEN_OPTS=";

    @TempDir
    Path temp;

    @Test
    void everyMavenLineStartsARealBuild() throws Exception {
        List<String> windows = actions(windowsRecommendations());
        List<String> linux = actions(linuxRecommendations());
        List<String> jvmOptions = Stream.concat(windows.stream(), linux.stream())
                .filter(a -> a.startsWith(MAVEN_OPTS))
                .map(a -> a.substring(MAVEN_OPTS.length()))
                .toList();
        List<String> buildOptions = Stream.concat(windows.stream(), linux.stream())
                .filter(a -> a.startsWith("-D"))
                .toList();
        assertThat(jvmOptions).hasSizeGreaterThanOrEqualTo(4);
        assertThat(buildOptions).contains("-Ddevdrive.mode=same-volume");

        Path project = Files.createDirectories(temp.resolve("project"));
        Files.writeString(project.resolve("pom.xml"), POM, StandardCharsets.UTF_8);
        Files.createDirectories(project.resolve(".mvn"));

        Result withMavenOpts = maven(project, String.join(" ", jvmOptions), buildOptions);
        assertThat(withMavenOpts.exitCode()).as(withMavenOpts.output()).isZero();
        assertThat(withMavenOpts.output()).contains("[devdrive] Redirecting temp");

        // Here the POSIX launcher reads .mvn/jvm.config, through an echo that turns "\t" in a Windows path into
        // a tab; on Windows mvn.cmd reads it. So the lines for this machine's paths go there.
        List<String> linuxJvmOptions = linux.stream()
                .filter(a -> a.startsWith(MAVEN_OPTS))
                .map(a -> a.substring(MAVEN_OPTS.length()))
                .toList();
        assertThat(linuxJvmOptions).hasSizeGreaterThanOrEqualTo(2);
        Files.write(project.resolve(".mvn/jvm.config"), linuxJvmOptions, StandardCharsets.UTF_8);
        Result withJvmConfig = maven(project, "", buildOptions);
        assertThat(withJvmConfig.exitCode()).as(withJvmConfig.output()).isZero();
    }

    private List<String> actions(List<Recommendation> recommendations) {
        return recommendations.stream()
                .map(Recommendation::action)
                .map(this::withPlaceholdersFilled)
                .toList();
    }

    /** A Dev Drive whose state is unknown, one not trusted, temp and the local repository elsewhere. */
    private static List<Recommendation> windowsRecommendations() {
        VolumeFacts c = ntfs("C:\\");
        VolumeFacts d = devDrive("D:\\", State.NO);
        VolumeFacts locked = VolumeFacts.unknown("F:\\", "ERROR_NOT_READY");
        return Recommendations.of(facts(
                WINDOWS,
                List.of(
                        at("project", "F:\\app", locked),
                        at("buildDirectory", "D:\\app\\target", d),
                        at("java.io.tmpdir", "C:\\Temp", c),
                        at("localRepository", "C:\\Users\\jo\\.m2\\repository", c)),
                List.of(d)));
    }

    /** The build on the volume DEV_DRIVE names, the Maven JVM's temp and the local repository on NFS. */
    private static List<Recommendation> linuxRecommendations() {
        VolumeFacts fast = unix("8:16", "/mnt/fast", "ext4", VolumeKind.LOCAL, -1, -1);
        VolumeFacts nfs = unix("0:70", "/net/home", "nfs4", VolumeKind.NETWORK, -1, -1);
        return Recommendations.of(facts(
                LINUX,
                List.of(
                        at("buildDirectory", "/mnt/fast/app/target", fast),
                        at("java.io.tmpdir", "/net/home/tmp", nfs),
                        at("localRepository", "/net/home/jo/.m2/repository", nfs),
                        at("DEV_DRIVE", "/mnt/fast", fast))));
    }

    /** {@code <a directory on a local disk>} stands for a directory the user picks. */
    private String withPlaceholdersFilled(String action) {
        return action.replaceAll("<[^>]*>", temp.resolve("chosen").toString());
    }

    private Result maven(Path project, String mavenOpts, List<String> options) throws Exception {
        Path extension = Path.of(VolumeFacts.class
                .getProtectionDomain()
                .getCodeSource()
                .getLocation()
                .toURI());
        List<String> command = new ArrayList<>(List.of(
                mavenWrapper().toString(),
                "-B",
                "-o",
                "-Dmaven.ext.class.path=" + extension,
                "-Dmaven.repo.local=" + temp.resolve("m2"),
                "validate"));
        command.addAll(options);
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .redirectOutput(temp.resolve("maven.log").toFile());
        builder.environment().put("MAVEN_OPTS", mavenOpts);
        Process process = builder.start();
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), Files.readString(temp.resolve("maven.log")));
    }

    private static Path mavenWrapper() {
        return Stream.of(Path.of("mvnw"), Path.of("..", "mvnw"))
                .filter(Files::isExecutable)
                .findFirst()
                .map(Path::toAbsolutePath)
                .orElseThrow(() -> new IllegalStateException("no mvnw in " + new File(".").getAbsolutePath()));
    }

    private record Result(int exitCode, String output) {}

    private static final String POM = String.join(
            "\n",
            "<project xmlns=\"http://maven.apache.org/POM/4.0.0\">",
            "  <modelVersion>4.0.0</modelVersion>",
            "  <groupId>test</groupId>",
            "  <artifactId>recommended-lines</artifactId>",
            "  <version>1</version>",
            "  <packaging>pom</packaging>",
            "</project>",
            "");
}
