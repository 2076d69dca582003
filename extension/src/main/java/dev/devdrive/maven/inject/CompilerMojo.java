package dev.devdrive.maven.inject;

import java.lang.reflect.Field;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured {@code AbstractCompilerMojo} of maven-compiler-plugin, which has no accessors. The fields it writes
 * are looked up before anything is read or written, so a version without them is left wholly untouched; the
 * older argument forms ({@code compilerArgument}, the {@code compilerArguments} map) are read where the version
 * has them.
 */
public final class CompilerMojo {

    private final Object mojo;
    private final Field fork;
    private final Field compilerArgs;
    private final Optional<Field> compilerArgument;
    private final Optional<Field> compilerArguments;

    public CompilerMojo(Object mojo) throws ReflectiveOperationException {
        this.mojo = MojoFields.pluginMojo(mojo);
        this.fork = MojoFields.field(this.mojo, "fork");
        this.compilerArgs = MojoFields.field(this.mojo, "compilerArgs");
        this.compilerArgument = MojoFields.optionalField(this.mojo, "compilerArgument");
        this.compilerArguments = MojoFields.optionalField(this.mojo, "compilerArguments");
    }

    public boolean fork() throws ReflectiveOperationException {
        return (Boolean) fork.get(mojo);
    }

    /** @param inheritedEnvironment the Maven JVM's environment, which the forked javac inherits */
    @SuppressWarnings("unchecked")
    public CompilerSettings settings(Map<String, String> inheritedEnvironment) throws ReflectiveOperationException {
        return new CompilerSettings(
                fork(),
                (List<String>) compilerArgs.get(mojo),
                compilerArgument.isPresent() ? (String) compilerArgument.get().get(mojo) : null,
                compilerArguments.isPresent()
                        ? (Map<String, String>) compilerArguments.get().get(mojo)
                        : null,
                inheritedEnvironment);
    }

    public void apply(InjectionPlan.Compiler plan) throws ReflectiveOperationException {
        if (plan.compilerArgs().isPresent()) {
            compilerArgs.set(mojo, plan.compilerArgs().get());
        }
    }
}
