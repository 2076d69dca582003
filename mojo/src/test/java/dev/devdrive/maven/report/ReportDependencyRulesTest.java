package dev.devdrive.maven.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The design page's rules, kept true by reading the sources' imports: the report reads the model and never
 * reaches into the Maven hooks, the temp directories or the code that changes mojos, and {@code volume} does not
 * depend on its OS subpackages (the OS switch is {@code detect}'s).
 */
class ReportDependencyRulesTest {

    private static final Path PLUGIN = Path.of("src/main/java/dev/devdrive/maven");
    private static final Path EXTENSION = Path.of("../extension/src/main/java/dev/devdrive/maven");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?([\\w.]+)", Pattern.MULTILINE);

    private static final List<String> FORBIDDEN_TO_THE_PLUGIN = List.of(
            "dev.devdrive.maven.lifecycle.",
            "dev.devdrive.maven.tmp.",
            "dev.devdrive.maven.inject.SurefireMojo",
            "dev.devdrive.maven.inject.CompilerMojo",
            "dev.devdrive.maven.inject.MojoFields");

    @Test
    void theReportNeverReachesIntoLifecycleTmpOrTheInjectionAdapters() throws IOException {
        assertThat(imports(PLUGIN))
                .isNotEmpty()
                .noneMatch(i -> FORBIDDEN_TO_THE_PLUGIN.stream().anyMatch(i::startsWith));
    }

    @Test
    void volumeDoesNotImportItsOsProbes() throws IOException {
        try (Stream<Path> files = Files.list(EXTENSION.resolve("volume"))) {
            List<String> imports = files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(ReportDependencyRulesTest::importsOf)
                    .toList();
            assertThat(imports)
                    .isNotEmpty()
                    .noneMatch(i -> i.startsWith("dev.devdrive.maven.volume.linux.")
                            || i.startsWith("dev.devdrive.maven.volume.windows.")
                            || i.startsWith("dev.devdrive.maven.detect."));
        }
    }

    private static List<String> imports(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .flatMap(ReportDependencyRulesTest::importsOf)
                    .toList();
        }
    }

    private static Stream<String> importsOf(Path file) {
        try {
            Matcher matcher = IMPORT.matcher(Files.readString(file));
            Stream.Builder<String> imports = Stream.builder();
            while (matcher.find()) {
                imports.add(matcher.group(1));
            }
            return imports.build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
