package dev.devdrive.maven.lifecycle;

import dev.devdrive.maven.inject.CompilerMojo;
import dev.devdrive.maven.inject.CompilerPlanner;
import dev.devdrive.maven.inject.ForkingPlugin;
import dev.devdrive.maven.inject.InjectionPlan;
import dev.devdrive.maven.inject.InvokerMojo;
import dev.devdrive.maven.inject.InvokerPlanner;
import dev.devdrive.maven.inject.ModuleDirectoryName;
import dev.devdrive.maven.inject.SurefireMojo;
import dev.devdrive.maven.inject.SurefirePlanner;
import dev.devdrive.maven.inject.SurefireSettings;
import dev.devdrive.maven.tmp.BuildTempDirectory;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.execution.MojoExecutionEvent;
import org.apache.maven.execution.MojoExecutionListener;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sees each mojo just before it runs, already configured, and gives the JVMs it will fork their temp
 * directories: created now (a {@code clean} may have removed them, {@code -T} builds run modules at once) and
 * passed on the command line. What the user configured wins.
 */
@Named
@Singleton
public class ForkedJvmListener implements MojoExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ForkedJvmListener.class);

    /** Key of the build's set of plugin versions already warned about, in the repository session's data. */
    private static final String WARNED_VERSIONS = ForkedJvmListener.class.getName() + ".warnedVersions";

    private final BuildTempSessions tempSessions;

    @Inject
    public ForkedJvmListener(BuildTempSessions tempSessions) {
        this.tempSessions = tempSessions;
    }

    @Override
    public void beforeMojoExecution(MojoExecutionEvent event) {
        Optional<ForkingPlugin> plugin = ForkingPlugin.of(event.getExecution());
        Optional<BuildTempSession> build = tempSessions.of(event.getSession());
        if (plugin.isEmpty() || build.isEmpty()) {
            return;
        }
        String execution = event.getExecution().getArtifactId() + ":"
                + event.getExecution().getGoal() + " (" + event.getExecution().getExecutionId() + ") in "
                + event.getProject().getArtifactId();
        try {
            Optional<InjectionPlan> plan = switch (plugin.get()) {
                case COMPILER -> injectCompiler(event, build.get(), execution);
                case INVOKER -> injectInvoker(event, build.get());
                case SUREFIRE, FAILSAFE -> injectSurefire(event, build.get());
            };
            // a module without a temp directory (its root refused) gets a plan that sets nothing, for this line:
            // what the user set is named all the same, as devdrive:report names it
            plan.ifPresent(
                    p -> LOG.debug("[devdrive] {}: set {}; left alone: {}", execution, p.applied(), p.leftAlone()));
        } catch (ReflectiveOperationException | RuntimeException e) {
            warnOncePerVersion(event, execution, e.toString());
        } catch (IOException e) {
            LOG.warn(
                    "[devdrive] Cannot create temp directories for {}: {}; its forks keep their usual temp directory",
                    execution,
                    e.getMessage());
        }
    }

    /** Directories live until the session ends; only the count of running forks changes. */
    @Override
    public void afterMojoExecutionSuccess(MojoExecutionEvent event) {
        tempSessions.of(event.getSession()).ifPresent(build -> build.forksEnded(event.getProject()));
    }

    @Override
    public void afterExecutionFailure(MojoExecutionEvent event) {
        tempSessions.of(event.getSession()).ifPresent(build -> build.forksEnded(event.getProject()));
    }

    /**
     * A plugin version whose parameters are not the ones the adapters know (they are reached by name): one WARNING
     * per plugin version and build, for every execution of it, and its executions run as configured.
     */
    private static void warnOncePerVersion(MojoExecutionEvent event, String execution, String reason) {
        MojoExecution mojo = event.getExecution();
        String plugin = mojo.getArtifactId() + " " + mojo.getVersion();
        @SuppressWarnings("unchecked")
        Set<String> warned = (Set<String>) event.getSession()
                .getRepositorySession()
                .getData()
                .computeIfAbsent(WARNED_VERSIONS, ConcurrentHashMap::newKeySet);
        if (warned.add(plugin)) {
            LOG.warn(
                    "[devdrive] {} is not supported ({}): the extension leaves its executions as configured, so"
                            + " their forks keep their usual temp directory. Use a version listed in the"
                            + " documentation (reliability page).",
                    plugin,
                    reason);
        }
        LOG.debug("[devdrive] {} left as configured: {}", execution, reason);
    }

    private Optional<InjectionPlan> injectSurefire(MojoExecutionEvent event, BuildTempSession build)
            throws ReflectiveOperationException, IOException {
        SurefireMojo mojo = new SurefireMojo(event.getMojo());
        SurefireSettings settings = mojo.settings(
                event.getProject().getProperties(), event.getSession().getUserProperties(), System.getenv());
        Optional<BuildTempDirectory> directory = build.directoryFor(buildDirectory(event));
        if (directory.isEmpty()) {
            InjectionPlan.Surefire untouched = SurefirePlanner.plan(settings, "", File.separator);
            return Optional.of(
                    new InjectionPlan.Surefire(Optional.empty(), Optional.empty(), List.of(), untouched.leftAlone()));
        }
        String module =
                ModuleDirectoryName.of(event.getProject(), event.getSession().getProjects());
        InjectionPlan.Surefire plan = SurefirePlanner.plan(
                settings, directory.get().moduleDirectory(module).toString(), File.separator);
        tempSessions.forkNumbersReached(
                build.forksStarting(event.getProject(), directory.get(), module, settings.forkCount()));
        mojo.apply(plan);
        return Optional.of(plan);
    }

    /**
     * A mojo that reads {@code fork=false} although its execution sets {@code fork=true} was not configured as the
     * POM says: Maven 4.0.0-rc-5's configurator silently fails to set the protected fields a mojo inherits once
     * another mojo with the same superclass was configured (maven-compiler-plugin 4.x's {@code testCompile} after
     * {@code compile}), so that javac runs inside the Maven JVM, and the user is told.
     */
    private Optional<InjectionPlan> injectCompiler(MojoExecutionEvent event, BuildTempSession build, String execution)
            throws ReflectiveOperationException, IOException {
        CompilerMojo mojo = new CompilerMojo(event.getMojo());
        if (!mojo.fork()) {
            if (forkConfigured(event)) {
                warnOncePerVersion(
                        event,
                        execution,
                        "the mojo Maven hands over reads fork=false although the execution sets fork=true, so javac"
                                + " runs inside the Maven JVM; Maven 4.0.0-rc-5 leaves the parameters a mojo"
                                + " inherits unset once another goal of the plugin ran, 4.0.0-rc-6 sets them");
            }
            return Optional.empty();
        }
        Optional<BuildTempDirectory> directory = build.directoryFor(buildDirectory(event));
        if (directory.isEmpty()) {
            InjectionPlan.Compiler untouched = CompilerPlanner.plan(mojo.settings(System.getenv()), "", File.separator);
            return Optional.of(new InjectionPlan.Compiler(Optional.empty(), List.of(), untouched.leftAlone()));
        }
        String javac = directory
                .get()
                .javacDirectory(ModuleDirectoryName.of(
                        event.getProject(), event.getSession().getProjects()))
                .toString();
        InjectionPlan.Compiler plan = CompilerPlanner.plan(mojo.settings(System.getenv()), javac, File.separator);
        mojo.apply(plan);
        return Optional.of(plan);
    }

    /** The execution's {@code fork}, evaluated as Maven evaluates it to configure the mojo. */
    private static boolean forkConfigured(MojoExecutionEvent event) {
        Xpp3Dom configuration = event.getExecution().getConfiguration();
        Xpp3Dom fork = configuration == null ? null : configuration.getChild("fork");
        if (fork == null) {
            return false;
        }
        try {
            Object value = new PluginParameterExpressionEvaluator(event.getSession(), event.getExecution())
                    .evaluate(fork.getValue());
            return Boolean.parseBoolean(String.valueOf(value == null ? fork.getAttribute("default-value") : value));
        } catch (ExpressionEvaluationException e) {
            // Maven fails the execution itself when it cannot evaluate the parameter.
            return false;
        }
    }

    /** The forked builds share the module's directory, as a Surefire execution's child processes do. */
    private Optional<InjectionPlan> injectInvoker(MojoExecutionEvent event, BuildTempSession build)
            throws ReflectiveOperationException, IOException {
        InvokerMojo mojo = new InvokerMojo(event.getMojo());
        Optional<BuildTempDirectory> directory = build.directoryFor(buildDirectory(event));
        if (directory.isEmpty()) {
            InjectionPlan.Invoker untouched = InvokerPlanner.plan(mojo.settings(System.getenv()), "", File.separator);
            return Optional.of(
                    new InjectionPlan.Invoker(Optional.empty(), Optional.empty(), List.of(), untouched.leftAlone()));
        }
        String builds = directory
                .get()
                .moduleDirectory(ModuleDirectoryName.of(
                        event.getProject(), event.getSession().getProjects()))
                .toString();
        InjectionPlan.Invoker plan = InvokerPlanner.plan(mojo.settings(System.getenv()), builds, File.separator);
        mojo.apply(plan);
        return Optional.of(plan);
    }

    private static Path buildDirectory(MojoExecutionEvent event) {
        return Path.of(event.getProject().getBuild().getDirectory())
                .toAbsolutePath()
                .normalize();
    }
}
