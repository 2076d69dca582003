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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every Maven line a recommendation prints is given to a real Maven start, as a user would paste it: the
 * {@code MAVEN_OPTS} values (also as lines of {@code .mvn/jvm.config}) and the {@code -Ddevdrive.*} options on the
 * command line of a build that loads the extension. A Linux report's {@code export} lines run in a real
 * {@code sh -c '<line> && mvn ...'}, as a user pastes them. A value Maven's launcher splits into a stray word, like the
 * bare path Dev Home once put in {@code MAVEN_OPTS}, stops Maven from starting and fails this test.
 */
class RecommendedMavenLinesRunTest {

    /** PowerShell's form of a Windows report; its value is what cmd's and setx's lines set too. */
    private static final Pattern POWERSHELL = Pattern.compile("\\$env:MAVEN_OPTS = \"(.*)\"");

    private static final Pattern EXPORT = Pattern.compile("export MAVEN_OPTS=\"(.*)\"");

    @TempDir
    Path temp;

    @Test
    void everyMavenLineStartsARealBuild() throws Exception {
        List<String> windows = actions(windowsRecommendations());
        List<String> linux = actions(linuxRecommendations());
        List<String> windowsJvmOptions = values(windows, POWERSHELL);
        List<String> exports =
                linux.stream().filter(line -> EXPORT.matcher(line).matches()).toList();
        List<String> buildOptions = Stream.concat(windows.stream(), linux.stream())
                .filter(a -> a.startsWith("-D"))
                .toList();
        assertThat(windowsJvmOptions).hasSizeGreaterThanOrEqualTo(2);
        assertThat(exports).hasSizeGreaterThanOrEqualTo(2);
        assertThat(buildOptions).contains("-Ddevdrive.mode=same-volume");

        Path project = Files.createDirectories(temp.resolve("project"));
        Files.writeString(project.resolve("pom.xml"), POM, StandardCharsets.UTF_8);
        Files.createDirectories(project.resolve(".mvn"));

        Result withMavenOpts = maven(project, String.join(" ", windowsJvmOptions), null, buildOptions);
        assertThat(withMavenOpts.exitCode()).as(withMavenOpts.output()).isZero();
        assertThat(withMavenOpts.output()).contains("[devdrive] Redirecting temp");

        // Each export line as a user pastes it into sh, followed by the Maven start it is for.
        for (String export : exports) {
            Result exported = maven(project, "", export, buildOptions);
            assertThat(exported.exitCode())
                    .as(export + "\n" + exported.output())
                    .isZero();
        }

        // Here the POSIX launcher reads .mvn/jvm.config, through an echo that turns "\t" in a Windows path into
        // a tab; on Windows mvn.cmd reads it. So the lines for this machine's paths go there.
        Files.write(project.resolve(".mvn/jvm.config"), values(linux, EXPORT), StandardCharsets.UTF_8);
        Result withJvmConfig = maven(project, "", null, buildOptions);
        assertThat(withJvmConfig.exitCode()).as(withJvmConfig.output()).isZero();
    }

    private static List<String> values(List<String> lines, Pattern form) {
        return lines.stream()
                .map(form::matcher)
                .filter(Matcher::matches)
                .map(m -> m.group(1))
                .toList();
    }

    private List<String> actions(List<Recommendation> recommendations) {
        return recommendations.stream()
                .map(Recommendation::action)
                .map(this::withPlaceholdersFilled)
                .flatMap(String::lines)
                .toList();
    }

    /** A Dev Drive whose state is unknown, one not trusted, temp and the local repository elsewhere. */
    static List<Recommendation> windowsRecommendations() {
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
    static List<Recommendation> linuxRecommendations() {
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

    /** A Maven start with {@code MAVEN_OPTS}, or through {@code sh -c '<shellLine> && exec mvnw ...'}. */
    private Result maven(Path project, String mavenOpts, String shellLine, List<String> options) throws Exception {
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
        if (shellLine != null) {
            List<String> shell = new ArrayList<>(List.of("sh", "-c", shellLine + " && exec \"$0\" \"$@\""));
            shell.addAll(command);
            command = shell;
        }
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
