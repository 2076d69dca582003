package dev.devdrive.maven.inject;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decides what to inject into a maven-compiler-plugin execution: only a forked javac has its own JVM. */
public final class CompilerPlanner {

    private CompilerPlanner() {}

    /**
     * @param settings       the execution's configured values
     * @param javacDirectory the temp directory for the forked javac
     * @param separator      the file name separator of the OS javac runs on
     */
    public static InjectionPlan.Compiler plan(CompilerSettings settings, String javacDirectory, String separator) {
        if (!settings.fork()) {
            return InjectionPlan.Compiler.nothing("javac runs inside the Maven JVM (fork=false)");
        }
        List<String> tmpdir =
                UserChoiceForms.found(UserChoiceForms.COMPILER, UserChoiceForms.Target.JAVA_IO_TMPDIR, settings);
        if (!tmpdir.isEmpty()) {
            return new InjectionPlan.Compiler(Optional.empty(), List.of(), tmpdir);
        }
        String option = ArgLines.tmpdirOption(javacDirectory);
        List<String> extended = new ArrayList<>(settings.compilerArgs());
        // plexus-compiler passes each -J argument on javac's command line, through cmd.exe on Windows
        extended.add(
                WindowsCommandLine.onWindows(separator) ? WindowsCommandLine.quotedAfter("-J", option) : "-J" + option);
        return new InjectionPlan.Compiler(Optional.of(extended), List.of("compilerArgs -J" + option), List.of());
    }
}
