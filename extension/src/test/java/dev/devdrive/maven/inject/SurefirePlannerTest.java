package dev.devdrive.maven.inject;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.shared.utils.cli.CommandLineUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SurefirePlannerTest {

    private static final String MODULE = "/d/.devdrive-tmp/jo/b-abcdefgh/core";
    private static final String FORK_OPTION = "-Djava.io.tmpdir=" + MODULE + "/fork-${surefire.forkNumber}";

    private static InjectionPlan.Surefire plan(
            String argLine, Map<String, String> properties, Map<String, String> env, int forks) {
        return SurefirePlanner.plan(
                new SurefireSettings(argLine, Map.of(), properties, Map.of(), env, List.of(), Map.of(), forks),
                MODULE,
                "/");
    }

    @Test
    void noArgLineGetsTheForkDirectoryAndNothingElse() {
        InjectionPlan.Surefire plan = plan(null, Map.of(), Map.of(), 2);

        assertThat(plan.argLine()).contains(FORK_OPTION);
        assertThat(plan.environment()).contains(Map.of("TMP", MODULE, "TEMP", MODULE, "TMPDIR", MODULE));
        assertThat(plan.leftAlone()).isEmpty();
    }

    @Test
    void anExistingArgLineAndJacocoLateReplacementAreKeptInFront() {
        InjectionPlan.Surefire plan = plan("@{argLine} -Xmx512m", Map.of(), Map.of(), 1);

        assertThat(plan.argLine()).contains("@{argLine} -Xmx512m " + FORK_OPTION);
    }

    @Test
    void aPathWithASpaceIsQuotedForSurefiresSplittingAndForCmd() throws Exception {
        InjectionPlan.Surefire plan = SurefirePlanner.plan(
                new SurefireSettings("-ea", Map.of(), Map.of(), Map.of(), Map.of(), List.of(), Map.of(), 2),
                "C:\\My Builds\\core",
                "\\");

        assertThat(CommandLineUtils.translateCommandline(plan.argLine().orElseThrow()))
                .containsExactly("-ea", "\"-Djava.io.tmpdir=C:\\My Builds\\core\\fork-${surefire.forkNumber}\"");
    }

    @Test
    void forkCountZeroGetsNothingBecauseSurefireRefusesAnArgLineWithoutForks() {
        InjectionPlan.Surefire plan = plan("-ea", Map.of(), Map.of(), 0);

        assertThat(plan.applied()).isEmpty();
        assertThat(plan.argLine()).isEmpty();
        assertThat(plan.environment()).isEmpty();
        assertThat(plan.leftAlone()).singleElement().asString().contains("forkCount=0");
    }

    @Test
    void aTmpdirInTheArgLineIsTheUsersChoice() {
        for (String argLine : new String[] {
            "-Djava.io.tmpdir=/mine", "-Xmx1g -Djava.io.tmpdir=/mine", "\"-Djava.io.tmpdir=/my dir\" -ea"
        }) {
            InjectionPlan.Surefire plan = plan(argLine, Map.of(), Map.of(), 1);

            assertThat(plan.argLine()).as(argLine).isEmpty();
            assertThat(plan.leftAlone()).contains("argLine already sets java.io.tmpdir");
            assertThat(plan.environment()).isPresent();
        }
    }

    @Test
    void anOptionThatOnlyLooksAlikeIsNotAUserChoice() {
        InjectionPlan.Surefire plan = plan("-Dmy.java.io.tmpdir=/x", Map.of(), Map.of(), 1);

        assertThat(plan.argLine()).contains("-Dmy.java.io.tmpdir=/x " + FORK_OPTION);
    }

    @Test
    void aTmpdirInSystemPropertyVariablesIsTheUsersChoice() {
        InjectionPlan.Surefire plan = plan(null, Map.of("java.io.tmpdir", "/mine"), Map.of(), 1);

        assertThat(plan.argLine()).isEmpty();
        assertThat(plan.leftAlone()).contains("systemPropertyVariables sets java.io.tmpdir");
    }

    @Test
    void anyTempVariableSetByTheUserKeepsAllThreeAsTheyAre() {
        InjectionPlan.Surefire plan = plan(null, Map.of(), Map.of("TMP", "/mine", "OTHER", "x"), 1);

        assertThat(plan.environment()).isEmpty();
        assertThat(plan.leftAlone()).contains("environmentVariables sets TMP");
        assertThat(plan.argLine()).isPresent();
    }

    /** Windows names are case-insensitive: {@code Tmp} is the user's TMP, and adding TMP would clash with it. */
    @ParameterizedTest
    @ValueSource(strings = {"Tmp", "temp", "TmpDir"})
    void aTempVariableInAnyCaseIsTheUsers(String name) {
        InjectionPlan.Surefire plan = plan(null, Map.of(), Map.of(name, "/mine"), 1);

        assertThat(plan.environment()).isEmpty();
        assertThat(plan.leftAlone()).contains("environmentVariables sets " + name);
    }

    @Test
    void otherEnvironmentVariablesAreKeptWhenTempOnesAreAdded() {
        InjectionPlan.Surefire plan = plan(null, Map.of(), Map.of("OTHER", "x"), 1);

        assertThat(plan.environment().orElseThrow()).containsEntry("OTHER", "x").containsEntry("TMPDIR", MODULE);
    }

    @Test
    void emptyXmlElementsBecomeEmptyValuesNotNulls() {
        HashMap<String, String> env = new HashMap<>();
        env.put("TEMP", null);

        InjectionPlan.Surefire plan = plan(null, Map.of(), env, 1);

        assertThat(plan.environment()).isEmpty();
        assertThat(plan.leftAlone()).contains("environmentVariables sets TEMP");
    }
}
