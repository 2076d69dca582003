package dev.devdrive.maven.inject;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForkNumbersTest {

    private final ForkNumbers<String> numbers = new ForkNumbers<>(0);

    @Test
    void oneExecutionAloneNeedsItsForkCount() {
        assertThat(numbers.started("a", "a", 1)).isEqualTo(1);
        numbers.ended("a");
        assertThat(numbers.started("b", "b", 3)).isEqualTo(3);
    }

    @Test
    void executionsRunningAtOnceAddUpAsInSurefiresSharedPool() {
        assertThat(numbers.started("a", "a", 1)).isEqualTo(1);
        assertThat(numbers.started("b", "b", 1)).isEqualTo(2);
        assertThat(numbers.started("c", "c", 2)).isEqualTo(4);
        assertThat(numbers.runningModules()).containsExactlyInAnyOrder("a", "b", "c");
    }

    @Test
    void theHighestNumberNeverFallsBecauseReturnedNumbersComeBackInAnyOrder() {
        numbers.started("a", "a", 2);
        numbers.started("b", "b", 2);
        numbers.ended("a");
        numbers.ended("b");

        assertThat(numbers.started("c", "c", 1)).isEqualTo(4);
        assertThat(numbers.runningModules()).containsExactly("c");
    }

    @Test
    void testsInsideTheMavenJvmDrawNoNumber() {
        assertThat(numbers.started("a", "a", 0)).isZero();
        assertThat(numbers.started("b", "b", 1)).isEqualTo(1);
    }

    @Test
    void aProjectsNextExecutionReplacesOneWhoseEndWasNotReported() {
        Object project = new Object();
        numbers.started(project, "app", 2);
        // a failing test run: Maven 3.9 reports no end for it; the project's failsafe execution comes next
        assertThat(numbers.started(project, "app-it", 1)).isEqualTo(2);
        assertThat(numbers.started("other", "other", 1)).isEqualTo(2);

        assertThat(numbers.runningModules()).containsExactlyInAnyOrder("app-it", "other");
        numbers.ended(project);
        assertThat(numbers.runningModules()).containsExactly("other");
    }

    @Test
    void aLaterBuildInTheSameJvmStartsFromTheHighestNumberSurefireMayHandOut() {
        ForkNumbers<String> laterBuild = new ForkNumbers<>(3);

        assertThat(laterBuild.started("a", "a", 1)).isEqualTo(3);
        assertThat(laterBuild.started("b", "b", 3)).isEqualTo(4);
    }
}
