package dev.devdrive.maven.inject;

import java.util.Map;

/**
 * The configured {@code AbstractSurefireMojo} of maven-surefire-plugin or maven-failsafe-plugin, through the
 * public accessors both have had since 2.x.
 */
public final class SurefireMojo {

    private final Object mojo;

    public SurefireMojo(Object mojo) {
        this.mojo = mojo;
    }

    @SuppressWarnings("unchecked")
    public SurefireSettings settings() throws ReflectiveOperationException {
        return new SurefireSettings(
                (String) MojoFields.call(mojo, "getArgLine"),
                (Map<String, String>) MojoFields.call(mojo, "getSystemPropertyVariables"),
                (Map<String, String>) MojoFields.call(mojo, "getEnvironmentVariables"),
                effectiveForkCount(),
                (Boolean) MojoFields.call(mojo, "isReuseForks"));
    }

    public void apply(InjectionPlan plan) throws ReflectiveOperationException {
        if (plan.argLine().isPresent()) {
            MojoFields.callSetter(
                    mojo, "setArgLine", String.class, plan.argLine().get());
        }
        if (plan.environment().isPresent()) {
            MojoFields.callSetter(
                    mojo,
                    "setEnvironmentVariables",
                    Map.class,
                    plan.environment().get());
        }
    }

    /** Surefire's own reading of {@code forkCount}, which turns {@code 1.5C} into a number for this machine. */
    private int effectiveForkCount() throws ReflectiveOperationException {
        return (Integer) MojoFields.call(mojo, "getEffectiveForkCount");
    }
}
