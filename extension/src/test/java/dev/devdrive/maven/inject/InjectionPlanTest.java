package dev.devdrive.maven.inject;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One kind of plan per plugin: no plan carries a change its mojo has no parameter for. */
class InjectionPlanTest {

    private static List<String> components(Class<?> plan) {
        return Arrays.stream(plan.getRecordComponents())
                .map(RecordComponent::getName)
                .toList();
    }

    private static Class<?> applied(Class<?> adapter) {
        return Arrays.stream(adapter.getMethods())
                .filter(m -> m.getName().equals("apply"))
                .map(Method::getParameterTypes)
                .findFirst()
                .orElseThrow()[0];
    }

    @Test
    void thereIsOneKindOfPlanPerPlugin() {
        assertThat(InjectionPlan.class.isSealed()).isTrue();
        assertThat(InjectionPlan.class.getPermittedSubclasses())
                .containsExactlyInAnyOrder(
                        InjectionPlan.Surefire.class, InjectionPlan.Compiler.class, InjectionPlan.Invoker.class);
    }

    @Test
    void eachPlanHasOnlyTheChangesItsMojoCanTake() {
        assertThat(components(InjectionPlan.Surefire.class))
                .containsExactly("argLine", "environment", "applied", "leftAlone");
        assertThat(components(InjectionPlan.Compiler.class)).containsExactly("compilerArgs", "applied", "leftAlone");
        assertThat(components(InjectionPlan.Invoker.class))
                .containsExactly("mavenOpts", "environment", "applied", "leftAlone");
    }

    @Test
    void surefireIsReadForNothingThePlannerDoesNotUse() {
        assertThat(components(SurefireSettings.class))
                .containsExactly(
                        "argLine",
                        "projectProperties",
                        "systemProperties",
                        "copiedProperties",
                        "environment",
                        "excludedEnvironment",
                        "inheritedEnvironment",
                        "forkCount");
    }

    @Test
    void eachAdapterTakesOnlyItsOwnPlan() {
        assertThat(applied(SurefireMojo.class)).isEqualTo(InjectionPlan.Surefire.class);
        assertThat(applied(CompilerMojo.class)).isEqualTo(InjectionPlan.Compiler.class);
        assertThat(applied(InvokerMojo.class)).isEqualTo(InjectionPlan.Invoker.class);
    }
}
