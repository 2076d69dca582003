package dev.devdrive.maven.inject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CompilerPlannerTest {

    private static final String JAVAC = "/d/b-abcdefgh/app/javac";

    @Test
    void aForkedJavacGetsItsTempDirectoryAsAJvmOption() {
        InjectionPlan.Compiler plan =
                CompilerPlanner.plan(new CompilerSettings(true, List.of("-Xlint:all"), null, null, null), JAVAC, "/");

        assertThat(plan.compilerArgs()).contains(List.of("-Xlint:all", "-J-Djava.io.tmpdir=" + JAVAC));
        assertThat(plan.applied()).containsExactly("compilerArgs -J-Djava.io.tmpdir=" + JAVAC);
    }

    @Test
    void noCompilerArgsAtAll() {
        assertThat(CompilerPlanner.plan(new CompilerSettings(true, null, null, null, null), JAVAC, "/")
                        .compilerArgs())
                .contains(List.of("-J-Djava.io.tmpdir=" + JAVAC));
    }

    @Test
    void javacInsideTheMavenJvmIsLeftAlone() {
        InjectionPlan.Compiler plan =
                CompilerPlanner.plan(new CompilerSettings(false, List.of(), null, null, null), JAVAC, "/");

        assertThat(plan.applied()).isEmpty();
        assertThat(plan.compilerArgs()).isEmpty();
    }

    @Test
    void aUsersTmpdirForJavacStays() {
        InjectionPlan.Compiler plan = CompilerPlanner.plan(
                new CompilerSettings(true, List.of("-J-Djava.io.tmpdir=/mine"), null, null, null), JAVAC, "/");

        assertThat(plan.compilerArgs()).isEmpty();
        assertThat(plan.leftAlone()).containsExactly("compilerArgs already sets -J-Djava.io.tmpdir");
    }
}
