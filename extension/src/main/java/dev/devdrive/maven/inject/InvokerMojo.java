package dev.devdrive.maven.inject;

import java.lang.reflect.Field;
import java.util.Map;

/**
 * The configured {@code AbstractInvokerMojo} of maven-invoker-plugin ({@code run}, {@code integration-test}), which
 * has no accessors. Both fields are looked up before anything is read or written, so a version without them is
 * left wholly untouched.
 */
public final class InvokerMojo {

    private final Object mojo;
    private final Field mavenOpts;
    private final Field environmentVariables;

    public InvokerMojo(Object mojo) throws ReflectiveOperationException {
        this.mojo = MojoFields.pluginMojo(mojo);
        this.mavenOpts = MojoFields.field(this.mojo, "mavenOpts");
        this.environmentVariables = MojoFields.field(this.mojo, "environmentVariables");
    }

    /** @param inheritedEnvironment the Maven JVM's environment, which the forked builds inherit */
    @SuppressWarnings("unchecked")
    public InvokerSettings settings(Map<String, String> inheritedEnvironment) throws ReflectiveOperationException {
        return new InvokerSettings(
                (String) mavenOpts.get(mojo),
                (Map<String, String>) environmentVariables.get(mojo),
                inheritedEnvironment);
    }

    public void apply(InjectionPlan.Invoker plan) throws ReflectiveOperationException {
        if (plan.mavenOpts().isPresent()) {
            mavenOpts.set(mojo, plan.mavenOpts().get());
        }
        if (plan.environment().isPresent()) {
            environmentVariables.set(mojo, plan.environment().get());
        }
    }
}
