package dev.devdrive.maven.inject;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.apache.maven.project.MavenProject;

/**
 * The name of a module's directory in the build's temp directory ({@code <module>/fork-<n>}, {@code <module>/javac}),
 * which no other module of the reactor gets: two modules that test at once must never share one. A module's
 * artifactId is its name where that is a portable file name and no other module's artifactId equals it in any case
 * (Windows and macOS do not tell {@code Core} from {@code core}). Otherwise, as for {@code server:core} and
 * {@code client:core}, the name is the artifactId made portable and short, then {@code +} and a hash of groupId,
 * artifactId and version: an artifactId never holds {@code +}, so such a name never equals a plain one, and two of them equal only
 * when 32 bits of SHA-256 of two modules' coordinates agree.
 */
public final class ModuleDirectoryName {

    /** Short: the fork directories and the tests' deep trees go below it, and Windows tools stop at 260 characters. */
    static final int MAX_LENGTH = 40;

    private static final int HASH_LENGTH = 8;
    private static final char SUFFIX = '+';

    /** A name every file system takes as it is: no leading dot, no trailing dot, no separators or other specials. */
    private static final Pattern PORTABLE = Pattern.compile("[A-Za-z0-9_-]([A-Za-z0-9_.-]*[A-Za-z0-9_-])?");

    /** Windows reserves these for devices, also with any extension ({@code con.txt}), in any case. */
    private static final Pattern WINDOWS_DEVICE =
            Pattern.compile("(CON|PRN|AUX|NUL|COM[0-9]|LPT[0-9])(\\..*)?", Pattern.CASE_INSENSITIVE);

    /** The characters kept in the readable part of a name with a hash: no dot, so no Windows device name either. */
    private static final Pattern NOT_KEPT = Pattern.compile("[^A-Za-z0-9_-]");

    /** A module of the reactor: Maven 3 builds two versions of one module in one reactor, so the version counts. */
    public record Module(String groupId, String artifactId, String version) {

        public Module {
            Objects.requireNonNull(groupId, "groupId");
            Objects.requireNonNull(artifactId, "artifactId");
            Objects.requireNonNull(version, "version");
        }

        Module(String groupId, String artifactId) {
            this(groupId, artifactId, "");
        }
    }

    private ModuleDirectoryName() {}

    /** The directory name of a module of the session's reactor. */
    public static String of(MavenProject project, List<MavenProject> reactor) {
        return of(
                module(project),
                reactor.stream().map(ModuleDirectoryName::module).toList());
    }

    /**
     * @param module  the module
     * @param reactor every module of the build (it may hold {@code module} itself)
     */
    static String of(Module module, Collection<Module> reactor) {
        String artifactId = module.artifactId();
        boolean shared = reactor.stream()
                .anyMatch(other -> !other.equals(module) && other.artifactId().equalsIgnoreCase(artifactId));
        if (!shared && isPortable(artifactId)) {
            return artifactId;
        }
        String kept = NOT_KEPT.matcher(artifactId).replaceAll("_");
        int keptLength = Math.min(kept.length(), MAX_LENGTH - 1 - HASH_LENGTH);
        return kept.substring(0, keptLength) + SUFFIX + hash(module);
    }

    private static boolean isPortable(String name) {
        return name.length() <= MAX_LENGTH
                && PORTABLE.matcher(name).matches()
                && !WINDOWS_DEVICE.matcher(name).matches();
    }

    private static String hash(Module module) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((module.groupId() + ":" + module.artifactId() + ":" + module.version())
                            .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, HASH_LENGTH).toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static Module module(MavenProject project) {
        return new Module(
                project.getGroupId(),
                project.getArtifactId(),
                project.getVersion() == null ? "" : project.getVersion());
    }
}
