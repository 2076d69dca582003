package dev.devdrive.maven.lifecycle;

import static dev.devdrive.maven.lifecycle.UnsupportedMavenWarning.warning;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UnsupportedMavenWarningTest {

    @Test
    void silentWhereTheExtensionRuns() {
        assertThat(warning("3.9.6", true, "17")).isNull();
        assertThat(warning("4.0.0-rc-5", true, "25")).isNull();
    }

    @Test
    void namesTheOldMavenAndTheMinimum() {
        assertThat(warning("3.8.7", false, "17"))
                .isEqualTo(
                        "[devdrive] Extension inactive: it needs Maven 3.9.6 or newer on Java 17 or newer, this build"
                                + " runs Maven 3.8.7; temp is left as it is (upgrade, or remove devdrive-maven-extension from"
                                + " .mvn/extensions.xml)");
    }

    @Test
    void namesAnOldJavaInEitherSpelling() {
        assertThat(warning("3.9.16", true, "11")).contains("this build runs Java 11;");
        assertThat(warning("3.6.3", false, "1.8")).contains("this build runs Maven 3.6.3 on Java 1.8;");
    }

    @Test
    void isOneLine() {
        assertThat(warning("3.6.3", false, "1.8")).doesNotContain("\n");
    }
}
