package dev.devdrive.maven.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DevDriveConfigTest {

    @TempDir
    Path dir;

    @Test
    void defaultsWhenNothingIsSet() throws Exception {
        assertThat(read(Map.of(), Map.of())).isEqualTo(DevDriveConfig.DEFAULT);
    }

    @Test
    void readsEveryProperty() throws Exception {
        DevDriveConfig config = read(
                Map.of("devdrive.mode", "same-volume", "devdrive.tmpRoot", dir.toString(), "devdrive.keep", "true"),
                Map.of());

        assertThat(config).isEqualTo(new DevDriveConfig(Mode.SAME_VOLUME, Optional.of(dir), true));
    }

    @Test
    void userPropertiesWinOverProjectProperties() throws Exception {
        DevDriveConfig config = read(Map.of("devdrive.mode", "off"), Map.of("devdrive.mode", "same-volume"));

        assertThat(config.mode()).isEqualTo(Mode.OFF);
    }

    @Test
    void projectPropertiesApplyWhenUserSetsNothing() throws Exception {
        DevDriveConfig config = read(Map.of(), Map.of("devdrive.mode", "same-volume", "devdrive.keep", "TRUE"));

        assertThat(config.mode()).isEqualTo(Mode.SAME_VOLUME);
        assertThat(config.keep()).isTrue();
    }

    @Test
    void skipMeansOff() throws Exception {
        assertThat(read(Map.of("devdrive.skip", "true", "devdrive.mode", "same-volume"), Map.of())
                        .mode())
                .isEqualTo(Mode.OFF);
    }

    /**
     * Off is the way out of a setting that does not fit this machine: a team POM's devdrive.tmpRoot that names a
     * drive only CI has must not fail the build of someone who turns the extension off.
     */
    @Test
    void offAndSkipIgnoreEveryOtherSettingSoTheyCanAlwaysTurnItOff() throws Exception {
        Map<String, String> pom =
                Map.of("devdrive.tmpRoot", dir.resolve("ci-only").toString(), "devdrive.keep", "yes");

        assertThat(read(Map.of("devdrive.skip", "true"), pom))
                .isEqualTo(new DevDriveConfig(Mode.OFF, Optional.empty(), false));
        assertThat(read(Map.of("devdrive.mode", "off"), pom))
                .isEqualTo(new DevDriveConfig(Mode.OFF, Optional.empty(), false));
        assertThat(read(Map.of("devdrive.skip", "true", "devdrive.mode", "of"), pom)
                        .mode())
                .isEqualTo(Mode.OFF);
        assertThatThrownBy(() -> read(Map.of(), pom)).hasMessageContaining("does not exist");
        // a POM's skip from an unset property is no obstacle to -Ddevdrive.mode=off
        assertThat(read(Map.of("devdrive.mode", "off"), Map.of("devdrive.skip", "${ci.skip}"))
                        .mode())
                .isEqualTo(Mode.OFF);
    }

    @Test
    void acceptsSurroundingWhitespaceAndAnyCase() throws Exception {
        assertThat(read(Map.of("devdrive.mode", " Same-Volume "), Map.of()).mode())
                .isEqualTo(Mode.SAME_VOLUME);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "on", "samevolume", "auto,off"})
    void invalidModeNamesPropertyValueSourceAndValidValues(String value) {
        assertThatThrownBy(() -> read(Map.of("devdrive.mode", value), Map.of()))
                .isInstanceOf(InvalidPropertyException.class)
                .hasMessageContaining("'" + value + "'")
                .hasMessageContaining("devdrive.mode")
                .hasMessageContaining("-Ddevdrive.mode")
                .hasMessageContaining("auto, same-volume, off");
    }

    @Test
    void aUserPropertysErrorNamesEveryPlaceAUserPropertyComesFrom() {
        assertThatThrownBy(() -> read(Map.of("devdrive.mode", "sideways"), Map.of()))
                .hasMessageContaining("-Ddevdrive.mode")
                .hasMessageContaining("MAVEN_ARGS")
                .hasMessageContaining(".mvn/maven.config")
                .hasMessageContaining("Maven 4")
                .hasMessageContaining("maven-user.properties")
                .hasMessageContaining("maven.properties")
                .hasMessageContaining("~/.m2/");
    }

    @Test
    void aProjectPropertysErrorNamesThePomsAndProfilesItComesFrom() {
        assertThatThrownBy(() -> read(Map.of(), Map.of("devdrive.mode", "sideways")))
                .hasMessageContaining("<properties> of the top-level pom.xml")
                .hasMessageContaining("parent")
                .hasMessageContaining("profile")
                .hasMessageContaining("settings.xml");
    }

    @ParameterizedTest
    @ValueSource(strings = {"devdrive.keep", "devdrive.skip"})
    void invalidBooleans(String property) {
        assertThatThrownBy(() -> read(Map.of(), Map.of(property, "maybe")))
                .isInstanceOf(InvalidPropertyException.class)
                .hasMessageContaining("'maybe'")
                .hasMessageContaining(property)
                .hasMessageContaining("top-level pom.xml")
                .hasMessageContaining("true or false")
                .satisfies(e ->
                        assertThat(((InvalidPropertyException) e).property()).isEqualTo(property));
    }

    @Test
    void tmpRootMustBeAbsolute() {
        assertThatThrownBy(() -> read(Map.of("devdrive.tmpRoot", "relative/dir"), Map.of()))
                .hasMessageContaining("devdrive.tmpRoot")
                .hasMessageContaining("relative");
    }

    @Test
    void tmpRootMustExist() {
        String missing = dir.resolve("missing").toString();

        assertThatThrownBy(() -> read(Map.of("devdrive.tmpRoot", missing), Map.of()))
                .hasMessageContaining(missing)
                .hasMessageContaining("does not exist");
    }

    @Test
    void tmpRootMustBeADirectory() throws IOException {
        Path file = Files.createFile(dir.resolve("file"));

        assertThatThrownBy(() -> read(Map.of("devdrive.tmpRoot", file.toString()), Map.of()))
                .hasMessageContaining("not a directory");
    }

    @Test
    void emptyTmpRootIsAnError() {
        assertThatThrownBy(() -> read(Map.of("devdrive.tmpRoot", ""), Map.of()))
                .hasMessageContaining("devdrive.tmpRoot")
                .hasMessageContaining("empty");
    }

    private static DevDriveConfig read(Map<String, String> user, Map<String, String> project)
            throws InvalidPropertyException {
        Function<String, String> u = user::get;
        Function<String, String> p = project::get;
        return DevDriveConfig.from(u, p);
    }
}
