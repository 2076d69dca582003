package dev.devdrive.maven.inject;

import java.util.List;

/** The configured {@code AbstractCompilerMojo} of maven-compiler-plugin 3.x, which has no accessors. */
public final class CompilerMojo {

    private final Object mojo;

    public CompilerMojo(Object mojo) {
        this.mojo = mojo;
    }

    public boolean fork() throws ReflectiveOperationException {
        return (Boolean) MojoFields.get(mojo, "fork");
    }

    @SuppressWarnings("unchecked")
    public List<String> compilerArgs() throws ReflectiveOperationException {
        return (List<String>) MojoFields.get(mojo, "compilerArgs");
    }

    public void apply(InjectionPlan plan) throws ReflectiveOperationException {
        if (plan.compilerArgs().isPresent()) {
            MojoFields.set(mojo, "compilerArgs", plan.compilerArgs().get());
        }
    }
}
