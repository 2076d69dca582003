package dev.devdrive.maven.inject;

import java.util.Map;

/**
 * Surefire's and Failsafe's late replacement of {@code @{name}} in {@code argLine}, done as their
 * {@code DefaultForkConfiguration} does it when the mojo runs: each property of the project's model whose
 * {@code @{name}} the configured argLine holds is replaced by its value, so what earlier mojos set (JaCoCo's
 * {@code prepare-agent} sets {@code argLine}) counts. A reference to a property the model lacks stays as it is.
 */
final class LateReplacement {

    private LateReplacement() {}

    /**
     * @param argLine    the configured argLine, {@code ${...}} already evaluated by Maven; null for none
     * @param properties the project's properties at the time the mojo runs
     * @return the argLine the forks get, apart from {@code ${surefire.forkNumber}}; null for none
     */
    static String resolve(String argLine, Map<String, String> properties) {
        if (argLine == null) {
            return null;
        }
        String resolved = argLine.trim();
        for (Map.Entry<String, String> property : properties.entrySet()) {
            String field = "@{" + property.getKey() + "}";
            // Surefire looks for the reference in the configured argLine, not in what earlier replacements made.
            if (argLine.contains(field)) {
                resolved = resolved.replace(field, property.getValue());
            }
        }
        return resolved;
    }
}
