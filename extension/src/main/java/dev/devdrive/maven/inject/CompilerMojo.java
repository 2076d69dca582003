package dev.devdrive.maven.inject;

import java.lang.reflect.Field;
import java.util.List;

/**
 * The configured {@code AbstractCompilerMojo} of maven-compiler-plugin, which has no accessors. Both fields are
 * looked up before anything is read or written, so a version without them is left wholly untouched.
 */
public final class CompilerMojo {

    private final Object mojo;
    private final Field fork;
    private final Field compilerArgs;

    public CompilerMojo(Object mojo) throws ReflectiveOperationException {
        this.mojo = MojoFields.pluginMojo(mojo);
        this.fork = MojoFields.field(this.mojo, "fork");
        this.compilerArgs = MojoFields.field(this.mojo, "compilerArgs");
    }

    public boolean fork() throws ReflectiveOperationException {
        return (Boolean) fork.get(mojo);
    }

    @SuppressWarnings("unchecked")
    public List<String> compilerArgs() throws ReflectiveOperationException {
        return (List<String>) compilerArgs.get(mojo);
    }

    public void apply(InjectionPlan.Compiler plan) throws ReflectiveOperationException {
        if (plan.compilerArgs().isPresent()) {
            compilerArgs.set(mojo, plan.compilerArgs().get());
        }
    }
}
