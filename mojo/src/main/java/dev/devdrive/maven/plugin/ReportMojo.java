package dev.devdrive.maven.plugin;

import dev.devdrive.maven.config.InvalidPropertyException;
import dev.devdrive.maven.measure.MeasurementPlaces;
import dev.devdrive.maven.measure.SmallFileMeasurement;
import dev.devdrive.maven.report.DevDriveReport;
import dev.devdrive.maven.report.ReportFormat;
import dev.devdrive.maven.report.ReportGenerator;
import dev.devdrive.maven.report.ReportSection;
import dev.devdrive.maven.volume.VolumeDetector;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Shows where this build keeps its files (project, build directory, temporary directories, local repository,
 * JDK, Maven), which volume each is on and whether it is a Dev Drive, the Dev Drives on this machine, what the
 * devdrive extension would do with temporary files and why, and what to change, with the exact commands.
 * Works without a project too. Runs once per build, on the top-level project.
 */
@Mojo(name = "report", requiresProject = false, aggregator = true, threadSafe = true)
public class ReportMojo extends AbstractMojo {

    /** {@code text} (a table for people) or {@code json} (stable field names, for scripts). */
    @Parameter(property = ReportFormat.PROPERTY, defaultValue = "text")
    private String format;

    /** Write the report to this file (parent directories are created) instead of the build log. */
    @Parameter(property = "devdrive.output")
    private File output;

    /**
     * Also measure small-file work (create, write 4 KB, read back, delete: a few thousand files, a few seconds)
     * in {@code java.io.tmpdir}, in the directory the extension would use and on each Dev Drive.
     */
    @Parameter(property = SmallFileMeasurement.PROPERTY, defaultValue = "false")
    private boolean measure;

    @Parameter(defaultValue = "${plugin.version}", readonly = true)
    private String pluginVersion;

    private final MavenSession session;

    @Inject
    public ReportMojo(MavenSession session) {
        this.session = session;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        ReportFormat reportFormat = parseFormat();
        DevDriveReport report;
        try {
            report = new ReportGenerator(VolumeDetector.forThisMachine())
                    .generate(SessionInputs.from(session, pluginVersion));
        } catch (InvalidPropertyException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        List<ReportSection> sections = measure
                ? List.of(SmallFileMeasurement.run(MeasurementPlaces.of(report.facts()), getLog()::info))
                : List.of();
        String rendered = reportFormat.render(report, sections);
        if (output == null) {
            rendered.lines().forEach(getLog()::info);
        } else {
            Path file = write(output.toPath().toAbsolutePath(), rendered);
            getLog().info("devdrive report (" + reportFormat.value() + ") written to " + file);
        }
    }

    private ReportFormat parseFormat() throws MojoFailureException {
        try {
            return ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    private static Path write(Path file, String content) throws MojoExecutionException {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the devdrive report to " + file + ": " + e, e);
        }
    }
}
