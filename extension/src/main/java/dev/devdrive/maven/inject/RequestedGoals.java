package dev.devdrive.maven.inject;

import java.util.List;
import java.util.Locale;

/**
 * What the goals on Maven's command line run, as far as the one INFO line needs it without computing the
 * lifecycle (which would add to every build's start): a phase of the default lifecycle runs the executions bound
 * up to it; a goal such as {@code surefire:test} runs that plugin.
 *
 * @param goals the goals and phases as given ({@code MavenSession#getGoals()})
 */
record RequestedGoals(List<String> goals) {

    /** The default lifecycle's phases, in order. */
    private static final List<String> DEFAULT_LIFECYCLE = List.of(
            "validate",
            "initialize",
            "generate-sources",
            "process-sources",
            "generate-resources",
            "process-resources",
            "compile",
            "process-classes",
            "generate-test-sources",
            "process-test-sources",
            "generate-test-resources",
            "process-test-resources",
            "test-compile",
            "process-test-classes",
            "test",
            "prepare-package",
            "package",
            "pre-integration-test",
            "integration-test",
            "post-integration-test",
            "verify",
            "install",
            "deploy");

    /** The other lifecycles' phases, which run nothing of the default one. */
    private static final List<String> OTHER_LIFECYCLES =
            List.of("pre-clean", "clean", "post-clean", "pre-site", "site", "post-site", "site-deploy");

    RequestedGoals {
        goals = List.copyOf(goals);
    }

    /**
     * Whether an execution bound to {@code phase} of a plugin with {@code prefix} runs. A goal this class does not
     * know (a phase of Maven 4's, an alias) counts as running it: the line may then name too much, never too little.
     */
    boolean run(String phase, String prefix, String artifactId) {
        int bound = DEFAULT_LIFECYCLE.indexOf(phase);
        return goals.stream().anyMatch(goal -> {
            String name = goal.toLowerCase(Locale.ROOT);
            if (name.startsWith("before:") || name.startsWith("after:")) {
                name = name.substring(name.indexOf(':') + 1); // Maven 4's hooks around a phase
            }
            if (name.contains(":")) {
                return name.startsWith(prefix + ":") || name.contains(":" + artifactId + ":");
            }
            if (OTHER_LIFECYCLES.contains(name)) {
                return false;
            }
            int requested = DEFAULT_LIFECYCLE.indexOf(name);
            return requested < 0 || bound < 0 || requested >= bound;
        });
    }
}
