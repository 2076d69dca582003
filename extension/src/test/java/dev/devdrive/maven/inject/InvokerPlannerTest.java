package dev.devdrive.maven.inject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvokerPlannerTest {

    private static final String DIR = "/b/app";
    private static final String OPTION = "-Djava.io.tmpdir=" + DIR;

    private static InjectionPlan plan(String mavenOpts, Map<String, String> environment, String inherited) {
        return InvokerPlanner.plan(new InvokerSettings(mavenOpts, environment, inherited), DIR);
    }

    @Test
    void nothingConfiguredGetsTheTmpdirAndAllThreeVariables() {
        InjectionPlan plan = plan(null, null, null);

        assertThat(plan.argLine()).contains(OPTION);
        assertThat(plan.environment()).contains(Map.of("TMP", DIR, "TEMP", DIR, "TMPDIR", DIR));
        assertThat(plan.applied())
                .containsExactly("mavenOpts " + OPTION, "environmentVariables TMP, TEMP, TMPDIR=" + DIR);
        assertThat(plan.leftAlone()).isEmpty();
        assertThat(plan.compilerArgs()).isEmpty();
        assertThat(plan.forkDirectories()).isZero();
    }

    @Test
    void configuredMavenOptsAreKeptAndExtended() {
        assertThat(plan("-Xmx1g  -XX:+UseSerialGC ", null, null).argLine())
                .contains("-Xmx1g  -XX:+UseSerialGC " + OPTION);
    }

    @Test
    void blankMavenOptsGetJustTheOption() {
        assertThat(plan("  ", null, null).argLine()).contains(OPTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-Djava.io.tmpdir=/mine", "-Xmx1g -Djava.io.tmpdir=/mine", "\"-Djava.io.tmpdir=/my tmp\""})
    void mavenOptsThatSetTheTmpdirAreLeftAlone(String mavenOpts) {
        InjectionPlan plan = plan(mavenOpts, null, null);

        assertThat(plan.argLine()).isEmpty();
        assertThat(plan.leftAlone()).containsExactly("mavenOpts already sets java.io.tmpdir");
        assertThat(plan.environment()).isPresent();
    }

    @Test
    void withoutMavenOptsTheInheritedMavenOptsAreKept() {
        assertThat(plan(null, null, "-Xmx2g").argLine()).contains("-Xmx2g " + OPTION);
    }

    @Test
    void inheritedMavenOptsThatSetTheTmpdirAreLeftAlone() {
        InjectionPlan plan = plan(null, null, "-Djava.io.tmpdir=/ci");

        assertThat(plan.argLine()).isEmpty();
        assertThat(plan.leftAlone()).containsExactly("MAVEN_OPTS already sets java.io.tmpdir");
    }

    @Test
    void configuredMavenOptsReplaceTheInheritedOnes() {
        // the invoker passes mavenOpts as MAVEN_OPTS: the forked build never sees the inherited value
        assertThat(plan("-Xmx1g", null, "-Djava.io.tmpdir=/ci").argLine()).contains("-Xmx1g " + OPTION);
    }

    @Test
    void mavenOptsInTheEnvironmentVariablesAreTheUsers() {
        InjectionPlan plan = plan(null, Map.of("MAVEN_OPTS", "-Xmx1g"), null);

        assertThat(plan.argLine()).isEmpty();
        assertThat(plan.leftAlone()).containsExactly("environmentVariables sets MAVEN_OPTS");
        assertThat(plan.environment().orElseThrow())
                .containsEntry("MAVEN_OPTS", "-Xmx1g")
                .containsKey("TMPDIR");
    }

    @Test
    void aDirectoryWithASpaceCannotGoThroughMavenOpts() {
        InjectionPlan plan = InvokerPlanner.plan(new InvokerSettings("-Xmx1g", null, null), "/my builds/app");

        assertThat(plan.argLine()).isEmpty();
        assertThat(plan.leftAlone()).singleElement().asString().contains("/my builds/app has a space");
        assertThat(plan.environment().orElseThrow()).containsEntry("TMPDIR", "/my builds/app");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TMP", "TEMP", "TMPDIR"})
    void anyTempVariableTheUserSetLeavesAllThreeAlone(String name) {
        InjectionPlan plan = plan(null, Map.of(name, "/mine"), null);

        assertThat(plan.environment()).isEmpty();
        assertThat(plan.leftAlone()).containsExactly("environmentVariables sets " + name);
        assertThat(plan.argLine()).contains(OPTION);
    }

    @Test
    void otherVariablesStay() {
        Map<String, String> environment = new HashMap<>();
        environment.put("CI", "true");
        environment.put("EMPTY", null);

        assertThat(plan(null, environment, null).environment())
                .contains(Map.of("CI", "true", "EMPTY", "", "TMP", DIR, "TEMP", DIR, "TMPDIR", DIR));
    }

    @Test
    void everythingSetByHandChangesNothing() {
        InjectionPlan plan = plan("-Djava.io.tmpdir=/mine", Map.of("TMP", "/mine"), null);

        assertThat(plan.argLine()).isEqualTo(Optional.empty());
        assertThat(plan.environment()).isEmpty();
        assertThat(plan.applied()).isEmpty();
    }
}
