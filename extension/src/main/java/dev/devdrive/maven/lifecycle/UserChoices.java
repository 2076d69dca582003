package dev.devdrive.maven.lifecycle;

import dev.devdrive.maven.inject.CompilerPlanner;
import dev.devdrive.maven.inject.InjectionPlan;
import dev.devdrive.maven.inject.SurefirePlanner;
import dev.devdrive.maven.inject.SurefireSettings;
import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * The temp settings the reactor's POMs make by hand, which the extension will leave as they are, for
 * {@code devdrive:report}. Read from the POMs' configuration with the same planners the extension runs just
 * before each mojo, so the report and the build cannot disagree.
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

    private UserChoices() {}

    public static List<Choice> in(List<MavenProject> projects) {
        List<Choice> choices = new ArrayList<>();
        for (MavenProject project : projects) {
            for (Plugin plugin : project.getBuildPlugins()) {
                Optional<ForkingPlugin> forking = ForkingPlugin.of(plugin);
                if (forking.isEmpty()) {
                    continue;
                }
                configurations(plugin).forEach((execution, configuration) -> {
                    List<String> leftAlone = leftAlone(forking.get(), configuration);
                    if (!leftAlone.isEmpty()) {
                        choices.add(new Choice(
                                project.getArtifactId(), forking.get().label() + " (" + execution + ")", leftAlone));
                    }
                });
            }
        }
        return choices;
    }

    /**
     * The plugin-level configuration stands for the lifecycle's own execution ({@code default-test}) unless the POM
     * names that one; Maven has already merged the plugin-level configuration into each named execution's.
     */
    private static Map<String, Xpp3Dom> configurations(Plugin plugin) {
        Map<String, Xpp3Dom> configurations = new LinkedHashMap<>();
        configurations.put("default", dom(plugin.getConfiguration()));
        for (PluginExecution execution : plugin.getExecutions()) {
            if (execution.getId().startsWith("default-")) {
                configurations.remove("default");
            }
            configurations.put(execution.getId(), dom(execution.getConfiguration()));
        }
        return configurations;
    }

    private static List<String> leftAlone(ForkingPlugin plugin, Xpp3Dom configuration) {
        if (plugin == ForkingPlugin.COMPILER) {
            if (!ForkingPlugin.forks(configuration)) {
                return List.of();
            }
            InjectionPlan plan = CompilerPlanner.plan(true, values(configuration, "compilerArgs"), "");
            return plan.leftAlone();
        }
        SurefireSettings settings = new SurefireSettings(
                value(configuration, "argLine"),
                children(configuration, "systemPropertyVariables"),
                children(configuration, "environmentVariables"),
                forkCount(value(configuration, "forkCount")),
                !"false".equalsIgnoreCase(value(configuration, "reuseForks")));
        return SurefirePlanner.plan(settings, "", File.separator).leftAlone();
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

    private static Xpp3Dom dom(Object configuration) {
        return configuration instanceof Xpp3Dom dom ? dom : new Xpp3Dom("configuration");
    }

    private static String value(Xpp3Dom configuration, String name) {
        Xpp3Dom child = configuration.getChild(name);
        return child == null ? null : child.getValue();
    }

    private static Map<String, String> children(Xpp3Dom configuration, String name) {
        Map<String, String> map = new LinkedHashMap<>();
        Xpp3Dom parent = configuration.getChild(name);
        if (parent != null) {
            for (Xpp3Dom child : parent.getChildren()) {
                map.put(child.getName(), child.getValue() == null ? "" : child.getValue());
            }
        }
        return map;
    }

    private static List<String> values(Xpp3Dom configuration, String name) {
        List<String> values = new ArrayList<>();
        Xpp3Dom parent = configuration.getChild(name);
        if (parent != null) {
            for (Xpp3Dom child : parent.getChildren()) {
                if (child.getValue() != null) {
                    values.add(child.getValue());
                }
            }
        }
        return values;
    }
}
