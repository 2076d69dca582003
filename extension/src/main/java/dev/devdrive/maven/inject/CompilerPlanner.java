package dev.devdrive.maven.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decides what to inject into a maven-compiler-plugin execution: only a forked javac has its own JVM. */
public final class CompilerPlanner {

    private CompilerPlanner() {}

    /**
     * @param fork            the execution's {@code fork} parameter
     * @param compilerArgs    the configured {@code compilerArgs}, possibly null
     * @param javacDirectory  the temp directory for the forked javac
     * @param separator       the file name separator of the OS javac runs on
     */
    public static InjectionPlan.Compiler plan(
            boolean fork, List<String> compilerArgs, String javacDirectory, String separator) {
        if (!fork) {
            return InjectionPlan.Compiler.nothing("javac runs inside the Maven JVM (fork=false)");
        }
        List<String> args = compilerArgs == null ? List.of() : compilerArgs;
        if (args.stream().anyMatch(ArgLines::setsTmpdir)) {
            return InjectionPlan.Compiler.nothing("compilerArgs already sets -J-Djava.io.tmpdir");
        }
        String option = ArgLines.tmpdirOption(javacDirectory);
        List<String> extended = new ArrayList<>(args);
        // plexus-compiler passes each -J argument on javac's command line, through cmd.exe on Windows
        extended.add(
                WindowsCommandLine.onWindows(separator) ? WindowsCommandLine.quotedAfter("-J", option) : "-J" + option);
        return new InjectionPlan.Compiler(Optional.of(extended), List.of("compilerArgs -J" + option), List.of());
    }
}
