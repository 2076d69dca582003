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

    private static InjectionPlan.Invoker plan(String mavenOpts, Map<String, String> environment, String inherited) {
        Map<String, String> inheritedEnvironment = inherited == null ? Map.of() : Map.of("MAVEN_OPTS", inherited);
        return InvokerPlanner.plan(new InvokerSettings(mavenOpts, environment, inheritedEnvironment), DIR, "/");
    }

    @Test
    void nothingConfiguredGetsTheTmpdirAndAllThreeVariables() {
        InjectionPlan.Invoker plan = plan(null, null, null);

        assertThat(plan.mavenOpts()).contains(OPTION);
        assertThat(plan.environment()).contains(Map.of("TMP", DIR, "TEMP", DIR, "TMPDIR", DIR));
        assertThat(plan.applied())
                .containsExactly("mavenOpts " + OPTION, "environmentVariables TMP, TEMP, TMPDIR=" + DIR);
        assertThat(plan.leftAlone()).isEmpty();
    }

    @Test
    void configuredMavenOptsAreKeptAndExtended() {
        assertThat(plan("-Xmx1g  -XX:+UseSerialGC ", null, null).mavenOpts())
                .contains("-Xmx1g  -XX:+UseSerialGC " + OPTION);
    }

    @Test
    void blankMavenOptsGetJustTheOption() {
        assertThat(plan("  ", null, null).mavenOpts()).contains(OPTION);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-Djava.io.tmpdir=/mine", "-Xmx1g -Djava.io.tmpdir=/mine", "\"-Djava.io.tmpdir=/my tmp\""})
    void mavenOptsThatSetTheTmpdirAreLeftAlone(String mavenOpts) {
        InjectionPlan.Invoker plan = plan(mavenOpts, null, null);

        assertThat(plan.mavenOpts()).isEmpty();
        assertThat(plan.leftAlone()).containsExactly("mavenOpts already sets java.io.tmpdir");
        assertThat(plan.environment()).isPresent();
    }

    @Test
    void withoutMavenOptsTheInheritedMavenOptsAreKept() {
        assertThat(plan(null, null, "-Xmx2g").mavenOpts()).contains("-Xmx2g " + OPTION);
    }

    @Test
    void inheritedMavenOptsThatSetTheTmpdirAreLeftAlone() {
        InjectionPlan.Invoker plan = plan(null, null, "-Djava.io.tmpdir=/ci");

        assertThat(plan.mavenOpts()).isEmpty();
        assertThat(plan.leftAlone()).containsExactly("MAVEN_OPTS already sets java.io.tmpdir");
    }

    @Test
    void configuredMavenOptsReplaceTheInheritedOnes() {
        // the invoker passes mavenOpts as MAVEN_OPTS: the forked build never sees the inherited value
        assertThat(plan("-Xmx1g", null, "-Djava.io.tmpdir=/ci").mavenOpts()).contains("-Xmx1g " + OPTION);
    }

    @Test
    void mavenOptsInTheEnvironmentVariablesAreTheUsers() {
        InjectionPlan.Invoker plan = plan(null, Map.of("MAVEN_OPTS", "-Xmx1g"), null);

        assertThat(plan.mavenOpts()).isEmpty();
        assertThat(plan.leftAlone()).containsExactly("environmentVariables sets MAVEN_OPTS");
        assertThat(plan.environment().orElseThrow())
                .containsEntry("MAVEN_OPTS", "-Xmx1g")
                .containsKey("TMPDIR");
    }

    @Test
    void aDirectoryWithASpaceCannotGoThroughMavenOpts() {
        InjectionPlan.Invoker plan =
                InvokerPlanner.plan(new InvokerSettings("-Xmx1g", null, null), "/my builds/app", "/");

        assertThat(plan.mavenOpts()).isEmpty();
        assertThat(plan.leftAlone()).singleElement().asString().contains("/my builds/app has a space");
        assertThat(plan.environment().orElseThrow()).containsEntry("TMPDIR", "/my builds/app");
    }

    @ParameterizedTest
    @ValueSource(strings = {"TMP", "TEMP", "TMPDIR"})
    void anyTempVariableTheUserSetLeavesAllThreeAlone(String name) {
        InjectionPlan.Invoker plan = plan(null, Map.of(name, "/mine"), null);

        assertThat(plan.environment()).isEmpty();
        assertThat(plan.leftAlone()).containsExactly("environmentVariables sets " + name);
        assertThat(plan.mavenOpts()).contains(OPTION);
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
        InjectionPlan.Invoker plan = plan("-Djava.io.tmpdir=/mine", Map.of("TMP", "/mine"), null);

        assertThat(plan.mavenOpts()).isEqualTo(Optional.empty());
        assertThat(plan.environment()).isEmpty();
        assertThat(plan.applied()).isEmpty();
    }
}
