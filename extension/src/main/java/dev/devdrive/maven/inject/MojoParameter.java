package dev.devdrive.maven.inject;

import java.util.Optional;
import java.util.function.Function;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * A mojo parameter as Maven will set it, read from the POM before the mojo runs: the configuration element when
 * the POM has one (an execution's before its plugin's), else the parameter's property, else its default. A value
 * that is a whole {@code ${name}} is looked up the way PluginParameterExpressionEvaluator does: the Maven JVM's
 * system properties (which hold {@code -D} too), then the user properties, then the project's properties. Nothing
 * else is evaluated: the line written at the start of a build may only cost a few map lookups.
 *
 * @param name         the configuration element, for example {@code fork}
 * @param property     the parameter's property, for example {@code maven.compiler.fork}
 * @param defaultValue the parameter's default value
 */
record MojoParameter(String name, String property, String defaultValue) {

    /**
     * @param execution  an execution's configuration, or null
     * @param plugin     the plugin's configuration, or null
     * @param properties a property's value, null for unset
     */
    String valueIn(Object execution, Object plugin, Function<String, String> properties) {
        String configured = element(execution).or(() -> element(plugin)).orElse("${" + property + "}");
        String value = configured.startsWith("${") && configured.endsWith("}")
                ? properties.apply(configured.substring(2, configured.length() - 1))
                : configured;
        return value != null ? value.trim() : defaultValue;
    }

    private Optional<String> element(Object configuration) {
        return configuration instanceof Xpp3Dom dom
                ? Optional.ofNullable(dom.getChild(name))
                        .map(Xpp3Dom::getValue)
                        .map(String::trim)
                        .filter(value -> !value.isEmpty())
                : Optional.empty();
    }
}
