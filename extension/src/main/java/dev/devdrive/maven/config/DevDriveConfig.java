package dev.devdrive.maven.config;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The extension's configuration, read from {@code devdrive.*} properties: user properties ({@code -D},
 * {@code .mvn/maven.config}, Maven 4's {@code maven-user.properties}) first, then the top-level project's
 * {@code <properties>} ({@link TopLevelProject}).
 *
 * <table>
 *   <caption>Properties</caption>
 *   <tr><th>property</th><th>values</th><th>default</th></tr>
 *   <tr><td>{@value #MODE}</td><td>auto, same-volume, off</td><td>auto</td></tr>
 *   <tr><td>{@value #SKIP}</td><td>true, false (true means mode off)</td><td>false</td></tr>
 *   <tr><td>{@value #TMP_ROOT}</td><td>absolute path of an existing directory</td><td>unset</td></tr>
 *   <tr><td>{@value #KEEP}</td><td>true, false</td><td>false</td></tr>
 * </table>
 *
 * @param mode    what to do; {@link Mode#OFF} also when {@value #SKIP} is true
 * @param tmpRoot an explicit root, used in every mode but off (and with off, not read: it cannot fail the build)
 * @param keep    keep this build's temp directory after the build
 */
public record DevDriveConfig(Mode mode, Optional<Path> tmpRoot, boolean keep) {

    public static final String MODE = "devdrive.mode";
    public static final String SKIP = "devdrive.skip";
    public static final String TMP_ROOT = "devdrive.tmpRoot";
    public static final String KEEP = "devdrive.keep";

    public static final DevDriveConfig DEFAULT = new DevDriveConfig(Mode.AUTO, Optional.empty(), false);

    private static final DevDriveConfig OFF = new DevDriveConfig(Mode.OFF, Optional.empty(), false);

    public DevDriveConfig {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(tmpRoot, "tmpRoot");
    }

    /**
     * Reads and validates every {@code devdrive.*} property.
     *
     * @param userProperties    {@code -D} and {@code .mvn/maven.config}; null for unset
     * @param projectProperties the top-level project's {@code <properties>}; null for unset
     * @throws InvalidPropertyException for the first invalid value, naming the property, the value, where it
     *     was set and the valid values
     */
    public static DevDriveConfig from(
            Function<String, String> userProperties, Function<String, String> projectProperties)
            throws InvalidPropertyException {
        PropertySource source = new PropertySource(userProperties, projectProperties);
        // Off reads nothing else: it is the way out of a setting that does not fit this machine (a team POM's
        // devdrive.tmpRoot naming a drive only CI has), so no other value may fail the build.
        if (source.isOff() || source.bool(SKIP)) {
            return OFF;
        }
        return new DevDriveConfig(source.mode(), source.tmpRoot(), source.bool(KEEP));
    }

    private record PropertySource(Function<String, String> user, Function<String, String> project) {

        /**
         * Every place the value can come from, since Maven does not tell: user properties also come from
         * {@code MAVEN_ARGS} and, on Maven 4, from the properties files its {@code conf/maven-user.properties}
         * includes; project properties from parents and profiles.
         */
        private String where(String name) {
            return user.apply(name) != null
                    ? "set as a user property: -D" + name + " on the command line, in MAVEN_ARGS or in"
                            + " .mvn/maven.config, or on Maven 4 in maven-user.properties or maven.properties"
                            + " in .mvn/ or ~/.m2/"
                    : "set in <properties> of the top-level pom.xml (the one Maven runs on), of a parent POM, or of"
                            + " an active profile in a POM or in settings.xml";
        }

        private String raw(String name) {
            String value = user.apply(name);
            return value != null ? value : project.apply(name);
        }

        /** devdrive.mode=off, read without failing on any other value. */
        boolean isOff() {
            String value = raw(MODE);
            return value != null && Mode.parse(value).orElse(null) == Mode.OFF;
        }

        Mode mode() throws InvalidPropertyException {
            String value = raw(MODE);
            if (value == null) {
                return Mode.AUTO;
            }
            Optional<Mode> mode = Mode.parse(value);
            if (mode.isEmpty()) {
                throw new InvalidPropertyException(MODE, value, "one of " + Mode.validValues(), where(MODE));
            }
            return mode.get();
        }

        boolean bool(String name) throws InvalidPropertyException {
            String value = raw(name);
            if (value == null) {
                return false;
            }
            switch (value.trim().toLowerCase(Locale.ROOT)) {
                case "true":
                    return true;
                case "false":
                    return false;
                default:
                    throw new InvalidPropertyException(name, value, "true or false", where(name));
            }
        }

        Optional<Path> tmpRoot() throws InvalidPropertyException {
            String value = raw(TMP_ROOT);
            if (value == null) {
                return Optional.empty();
            }
            String expected = "the absolute path of an existing directory";
            if (value.isBlank()) {
                throw new InvalidPropertyException(TMP_ROOT, value, expected + " (this one is empty)", where(TMP_ROOT));
            }
            Path path;
            try {
                path = Path.of(value.trim());
            } catch (InvalidPathException e) {
                throw new InvalidPropertyException(
                        TMP_ROOT, value, expected + " (" + e.getReason() + ")", where(TMP_ROOT));
            }
            if (!path.isAbsolute()) {
                throw new InvalidPropertyException(
                        TMP_ROOT, value, expected + " (this one is relative)", where(TMP_ROOT));
            }
            if (!Files.isDirectory(path)) {
                String problem = Files.exists(path) ? "this one is not a directory" : "this one does not exist";
                throw new InvalidPropertyException(TMP_ROOT, value, expected + " (" + problem + ")", where(TMP_ROOT));
            }
            return Optional.of(path.normalize());
        }
    }
}
