package dev.devdrive.maven.inject;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import org.apache.maven.plugin.MojoExecution;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The temp settings the reactor's POMs and properties make by hand, which the extension will leave as they are,
 * for {@code devdrive:report}. Read from a mojo execution of the lifecycle's plan, with its configuration
 * completed from the mojo's descriptor ({@code <argLine>${argLine}</argLine>}, {@code <fork>} from
 * {@code maven.compiler.fork}) and evaluated the way Maven evaluates it for the build, then given to the same
 * planners the extension runs just before each mojo. Executions of plugins that start processes the extension gives
 * no temp directory, on purpose, are named too ({@link #pluginLeftAlone(String, MojoExecution)}).
 */
public final class UserChoices {

    /**
     * @param module    the module's artifactId
     * @param execution the plugin and execution, for example {@code surefire (default-test)}
     * @param leftAlone what stays as the user wrote it, and why
     */
    public record Choice(String module, String execution, List<String> leftAlone) {

        public Choice {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(execution, "execution");
            leftAlone = List.copyOf(leftAlone);
        }
    }

    /**
     * @param module    the module's artifactId
     * @param execution the plugin, goal and execution, for example {@code maven-antrun-plugin:run (generate)}
     * @param reason    why the extension leaves its processes alone, and what the user can do
     */
    public record PluginLeftAlone(String module, String execution, String reason) {

        public PluginLeftAlone {
            Objects.requireNonNull(module, "module");
            Objects.requireNonNull(execution, "execution");
            Objects.requireNonNull(reason, "reason");
        }
    }

    private UserChoices() {}

    /**
     * @param module    the module's artifactId
     * @param execution an execution of the module's lifecycle plan
     * @return the execution when it starts processes the extension leaves alone on purpose
     */
    public static Optional<PluginLeftAlone> pluginLeftAlone(String module, MojoExecution execution) {
        return UnhandledForkingPlugin.of(execution)
                .map(plugin -> new PluginLeftAlone(
                        module,
                        plugin.artifactId() + ":" + execution.getGoal() + " (" + execution.getExecutionId() + ")",
                        plugin.reason()));
    }

    /**
     * @param module            the module's artifactId
     * @param execution         an execution of the module's lifecycle plan, its configuration completed from the
     *                          descriptor
     * @param evaluate          Maven's evaluation of a configuration value ({@code ${argLine}},
     *                          {@code ${project.basedir}}) for this module and execution; null for null
     * @param projectProperties the module's properties, which Surefire's {@code @{...}} refers to
     * @param userProperties    Maven's user properties, which Surefire copies into the forks
     * @param environment       the Maven JVM's environment, which forks inherit
     */
    public static Optional<Choice> of(
            String module,
            MojoExecution execution,
            Function<String, Object> evaluate,
            Properties projectProperties,
            Properties userProperties,
            Map<String, String> environment) {
        Optional<ForkingPlugin> plugin = ForkingPlugin.of(execution);
        if (plugin.isEmpty()) {
            return Optional.empty();
        }
        Xpp3Dom configuration =
                execution.getConfiguration() != null ? execution.getConfiguration() : new Xpp3Dom("configuration");
        Parameters parameters = new Parameters(configuration, evaluate);
        List<String> leftAlone = leftAlone(plugin.get(), parameters, projectProperties, userProperties, environment);
        return leftAlone.isEmpty()
                ? Optional.empty()
                : Optional.of(
                        new Choice(module, plugin.get().label() + " (" + execution.getExecutionId() + ")", leftAlone));
    }

    private static List<String> leftAlone(
            ForkingPlugin plugin,
            Parameters parameters,
            Properties projectProperties,
            Properties userProperties,
            Map<String, String> environment) {
        return switch (plugin) {
            case INVOKER ->
                InvokerPlanner.plan(
                                new InvokerSettings(
                                        parameters.value("mavenOpts"),
                                        parameters.children("environmentVariables"),
                                        environment),
                                "",
                                File.separator)
                        .leftAlone();
            case COMPILER -> {
                CompilerSettings settings = new CompilerSettings(
                        Boolean.parseBoolean(parameters.value("fork")),
                        parameters.values("compilerArgs"),
                        parameters.value("compilerArgument"),
                        parameters.children("compilerArguments"),
                        environment);
                // javac inside the Maven JVM is no choice of the user's about temp: nothing to list
                yield settings.fork()
                        ? CompilerPlanner.plan(settings, "", File.separator).leftAlone()
                        : List.of();
            }
            case SUREFIRE, FAILSAFE ->
                SurefirePlanner.plan(
                                new SurefireSettings(
                                        parameters.value("argLine"),
                                        SurefireSettings.strings(projectProperties),
                                        parameters.children("systemPropertyVariables"),
                                        Map.of(
                                                SurefireSettings.LEGACY_SYSTEM_PROPERTIES,
                                                parameters.properties("systemProperties"),
                                                SurefireSettings.SYSTEM_PROPERTIES_FILE,
                                                SurefireSettings.load(parameters.file("systemPropertiesFile")),
                                                SurefireSettings.USER_PROPERTIES,
                                                SurefireSettings.strings(userProperties)),
                                        parameters.children("environmentVariables"),
                                        parameters.values("excludedEnvironmentVariables"),
                                        environment,
                                        forkCount(parameters.value("forkCount"))),
                                "",
                                File.separator)
                        .leftAlone();
        };
    }

    /** Surefire's {@code forkCount}: a number, or a multiple of the processors with a trailing {@code C}. */
    static int forkCount(String value) {
        if (value == null || value.isBlank()) {
            return 1;
        }
        String text = value.trim().toUpperCase(Locale.ROOT);
        try {
            if (text.endsWith("C")) {
                double perCore = Double.parseDouble(text.substring(0, text.length() - 1));
                return (int) Math.ceil(perCore * Runtime.getRuntime().availableProcessors());
            }
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** A mojo's parameters as Maven's configurator sees them: the value, else the descriptor's default. */
    private record Parameters(Xpp3Dom configuration, Function<String, Object> evaluate) {

        String value(String name) {
            Xpp3Dom parameter = configuration.getChild(name);
            if (parameter == null) {
                return null;
            }
            Object value = evaluate.apply(parameter.getValue());
            if (value == null) {
                value = evaluate.apply(parameter.getAttribute("default-value"));
            }
            return value == null ? null : value.toString();
        }

        Map<String, String> children(String name) {
            Map<String, String> map = new LinkedHashMap<>();
            Xpp3Dom parent = configuration.getChild(name);
            if (parent != null) {
                for (Xpp3Dom child : parent.getChildren()) {
                    Object value = evaluate.apply(child.getValue());
                    map.put(child.getName(), value == null ? "" : value.toString());
                }
            }
            return map;
        }

        /** A {@code java.util.Properties} parameter: {@code <name>value</name>}, or Maven's {@code <property>} pairs. */
        Map<String, String> properties(String name) {
            Map<String, String> map = children(name);
            Xpp3Dom parent = configuration.getChild(name);
            if (parent != null) {
                for (Xpp3Dom property : parent.getChildren("property")) {
                    Xpp3Dom key = property.getChild("name");
                    Xpp3Dom value = property.getChild("value");
                    if (key != null) {
                        Object evaluated = value == null ? null : evaluate.apply(value.getValue());
                        map.put(key.getValue(), evaluated == null ? "" : evaluated.toString());
                    }
                }
                map.remove("property");
            }
            return map;
        }

        /** A file parameter, relative to the project's directory as Maven resolves it; null when unset. */
        Path file(String name) {
            String value = value(name);
            if (value == null || value.isBlank()) {
                return null;
            }
            Path path = Path.of(value);
            Object basedir = evaluate.apply("${project.basedir}");
            return path.isAbsolute() || basedir == null
                    ? path
                    : Path.of(basedir.toString()).resolve(path);
        }

        /** A list as elements, or as the comma-separated text Maven also takes (from a user property). */
        List<String> values(String name) {
            List<String> values = new ArrayList<>();
            Xpp3Dom parent = configuration.getChild(name);
            if (parent != null && parent.getChildCount() == 0) {
                String text = value(name);
                if (text != null && !text.isBlank()) {
                    values.addAll(List.of(text.split(",")));
                }
            } else if (parent != null) {
                for (Xpp3Dom child : parent.getChildren()) {
                    Object value = evaluate.apply(child.getValue());
                    if (value != null) {
                        values.add(value.toString());
                    }
                }
            }
            return values;
        }
    }
}
