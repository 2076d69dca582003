package dev.devdrive.maven.inject;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ForkNumbersTest {

    private final ForkNumbers numbers = new ForkNumbers();

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
    void twoExecutionsOfOneModuleCountApartAndEndApart() {
        Object surefire = new Object();
        Object failsafe = new Object();
        numbers.started(surefire, "app", 1);
        numbers.started(failsafe, "app", 1);
        numbers.ended(surefire);

        assertThat(numbers.runningModules()).containsExactly("app");
        numbers.ended(failsafe);
        assertThat(numbers.runningModules()).isEmpty();
    }
}
