package dev.devdrive.maven.plugin;

import dev.devdrive.maven.inject.UserChoices;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.lifecycle.LifecycleExecutor;
import org.apache.maven.lifecycle.MavenExecutionPlan;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.PluginParameterExpressionEvaluator;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.component.configurator.expression.ExpressionEvaluationException;

/**
 * What each module's build would run up to {@code verify}, as Maven plans it (executions, their configuration
 * completed from the mojo descriptors), with the values evaluated as Maven evaluates them for the build:
 * properties set with {@code -D}, in {@code <properties>} or by other plugins' defaults included.
 */
final class PlannedChoices {

    static final String PHASE = "verify";

    /**
     * @param choices          temp settings made by hand, which the extension leaves as they are
     * @param pluginsLeftAlone executions of plugins whose processes the extension leaves alone on purpose
     */
    record Found(List<UserChoices.Choice> choices, List<UserChoices.PluginLeftAlone> pluginsLeftAlone) {

        static final Found NONE = new Found(List.of(), List.of());
    }

    private PlannedChoices() {}

    /**
     * @param problems told about modules whose plan cannot be made (a plugin that cannot be resolved offline);
     *                 their choices are left out
     */
    static Found in(MavenSession session, LifecycleExecutor lifecycle, Consumer<String> problems) {
        List<UserChoices.Choice> choices = new ArrayList<>();
        List<UserChoices.PluginLeftAlone> pluginsLeftAlone = new ArrayList<>();
        MavenProject current = session.getCurrentProject();
        try {
            for (MavenProject project : session.getProjects()) {
                session.setCurrentProject(project);
                MavenExecutionPlan plan;
                try {
                    plan = lifecycle.calculateExecutionPlan(session, PHASE);
                } catch (Exception e) {
                    problems.accept("cannot plan the build of " + project.getArtifactId() + " up to " + PHASE + ": "
                            + e.getMessage());
                    continue;
                }
                for (MojoExecution execution : plan.getMojoExecutions()) {
                    PluginParameterExpressionEvaluator evaluator =
                            new PluginParameterExpressionEvaluator(session, execution);
                    UserChoices.of(
                                    project.getArtifactId(),
                                    execution,
                                    expression -> evaluate(evaluator, expression),
                                    project.getProperties(),
                                    session.getUserProperties(),
                                    System.getenv())
                            .ifPresent(choices::add);
                    UserChoices.pluginLeftAlone(project.getArtifactId(), execution)
                            .ifPresent(pluginsLeftAlone::add);
                }
            }
        } finally {
            session.setCurrentProject(current);
        }
        return new Found(choices, pluginsLeftAlone);
    }

    private static Object evaluate(PluginParameterExpressionEvaluator evaluator, String expression) {
        try {
            return evaluator.evaluate(expression);
        } catch (ExpressionEvaluationException e) {
            return expression;
        }
    }
}
