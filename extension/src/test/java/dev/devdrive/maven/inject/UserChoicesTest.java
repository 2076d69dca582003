package dev.devdrive.maven.inject;

import static dev.devdrive.maven.inject.Poms.configuration;
import static dev.devdrive.maven.inject.Poms.plugin;
import static dev.devdrive.maven.inject.Poms.project;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.junit.jupiter.api.Test;

class UserChoicesTest {

    @Test
    void namesEveryExplicitTempSettingWithItsModuleAndExecution() {
        Plugin surefire = plugin(
                "maven-surefire-plugin",
                "<argLine>-Xmx1g -Djava.io.tmpdir=/mine</argLine>"
                        + "<environmentVariables><TMP>/mine</TMP></environmentVariables>");
        PluginExecution byProperty = new PluginExecution();
        byProperty.setId("by-property");
        byProperty.setConfiguration(configuration(
                "<systemPropertyVariables><java.io.tmpdir>/mine</java.io.tmpdir></systemPropertyVariables>"));
        surefire.addExecution(byProperty);
        Plugin compiler = plugin(
                "maven-compiler-plugin",
                "<fork>true</fork><compilerArgs><arg>-J-Djava.io.tmpdir=/j</arg></compilerArgs>");

        assertThat(UserChoices.in(List.of(project("core", surefire, compiler))))
                .containsExactly(
                        new UserChoices.Choice(
                                "core",
                                "surefire (default)",
                                List.of("argLine already sets java.io.tmpdir", "environmentVariables sets TMP")),
                        new UserChoices.Choice(
                                "core",
                                "surefire (by-property)",
                                List.of("systemPropertyVariables sets java.io.tmpdir")),
                        new UserChoices.Choice(
                                "core",
                                "forked javac (default)",
                                List.of("compilerArgs already sets -J-Djava.io.tmpdir")));
    }

    @Test
    void forkCountZeroIsReported() {
        List<UserChoices.Choice> choices =
                UserChoices.in(List.of(project("app", plugin("maven-failsafe-plugin", "<forkCount>0</forkCount>"))));

        assertThat(choices).singleElement().satisfies(choice -> {
            assertThat(choice.execution()).isEqualTo("failsafe (default)");
            assertThat(choice.leftAlone()).singleElement().asString().startsWith("forkCount=0");
        });
    }

    @Test
    void nothingToReportWhereNothingWasSetByHand() {
        assertThat(UserChoices.in(List.of(project(
                        "plain",
                        plugin("maven-surefire-plugin", "<argLine>@{argLine} -ea</argLine><forkCount>1C</forkCount>"),
                        plugin(
                                "maven-compiler-plugin",
                                "<compilerArgs><arg>-J-Djava.io.tmpdir=/j</arg></compilerArgs>"),
                        plugin("maven-jar-plugin", "<argLine>-Djava.io.tmpdir=/x</argLine>")))))
                .isEmpty();
    }

    @Test
    void forkCountAsSurefireReadsIt() {
        assertThat(UserChoices.forkCount(null)).isEqualTo(1);
        assertThat(UserChoices.forkCount("0")).isZero();
        assertThat(UserChoices.forkCount("3")).isEqualTo(3);
        assertThat(UserChoices.forkCount("0.5C")).isPositive();
        assertThat(UserChoices.forkCount("many")).isEqualTo(1);
    }
}
