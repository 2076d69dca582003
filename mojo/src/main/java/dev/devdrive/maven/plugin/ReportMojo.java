package dev.devdrive.maven.plugin;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.devdrive.maven.config.InvalidPropertyException;
import dev.devdrive.maven.detect.VolumeDetector;
import dev.devdrive.maven.measure.MeasurementPlaces;
import dev.devdrive.maven.measure.SmallFileMeasurement;
import dev.devdrive.maven.policy.RootInspection;
import dev.devdrive.maven.report.DevDriveReport;
import dev.devdrive.maven.report.ReportFormat;
import dev.devdrive.maven.report.ReportGenerator;
import dev.devdrive.maven.report.ReportSection;
import java.io.BufferedOutputStream;
import java.io.File;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
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

    /**
     * Write the report to this file (parent directories are created). Without it the text report goes to the build
     * log and the JSON report to standard output, alone on its lines and also under {@code -q}.
     */
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
    private final VolumeDetector detector;
    private final LifecycleExecutor lifecycle;
    private final RootInspection rootInspection;

    @Inject
    public ReportMojo(
            MavenSession session, VolumeDetector detector, LifecycleExecutor lifecycle, RootInspection rootInspection) {
        this.session = session;
        this.detector = detector;
        this.lifecycle = lifecycle;
        this.rootInspection = rootInspection;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        ReportFormat reportFormat = parseFormat();
        DevDriveReport report;
        try {
            PlannedChoices.Found planned = SessionInputs.hasProject(session)
                    ? PlannedChoices.in(session, lifecycle, problem -> getLog().warn(problem))
                    : PlannedChoices.Found.NONE;
            report = new ReportGenerator(detector.start(), rootInspection)
                    .generate(SessionInputs.from(session, pluginVersion, planned));
        } catch (InvalidPropertyException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        List<ReportSection> sections = measure
                ? List.of(SmallFileMeasurement.run(MeasurementPlaces.of(report.facts()), getLog()::info))
                : List.of();
        String rendered = reportFormat.render(report, sections);
        if (output != null) {
            Path file = write(output.toPath().toAbsolutePath(), rendered);
            getLog().info("devdrive report (" + reportFormat.value() + ") written to " + file);
        } else if (reportFormat == ReportFormat.JSON) {
            printToStandardOutput(rendered);
        } else {
            rendered.lines().forEach(getLog()::info);
        }
    }

    private ReportFormat parseFormat() throws MojoFailureException {
        try {
            return ReportFormat.parse(format);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /**
     * For pipes: the JSON on lines of its own, not the log's, also under {@code -q}. Written to the process's file
     * descriptor, because Maven 4 turns a plugin's {@code System.out} into {@code [INFO] [stdout]} log lines.
     */
    private static void printToStandardOutput(String json) {
        System.out.flush(); // the log lines before it first
        // One buffer for the whole report, written at once, so that no log line lands inside it.
        @SuppressWarnings("resource") // closing it would close the process's standard output
        PrintStream stdout = new PrintStream(
                new BufferedOutputStream(new FileOutputStream(FileDescriptor.out), 1 << 20), false, UTF_8);
        stdout.println(json.stripTrailing());
        stdout.flush();
    }

    private static Path write(Path file, String content) throws MojoExecutionException {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, content, UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the devdrive report to " + file + ": " + e, e);
        }
    }
}
