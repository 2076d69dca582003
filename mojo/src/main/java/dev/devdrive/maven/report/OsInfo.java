package dev.devdrive.maven.report;

import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

/**
 * The operating system the report was made on.
 *
 * @param name    {@code os.name}, for example {@code Windows 11} or {@code Linux}
 * @param version {@code os.version}; on WSL the kernel version, which contains {@code microsoft}
 * @param arch    {@code os.arch}
 */
public record OsInfo(String name, String version, String arch) {

    public OsInfo {
        name = Objects.requireNonNullElse(name, "");
        version = Objects.requireNonNullElse(version, "");
        arch = Objects.requireNonNullElse(arch, "");
    }

    public static OsInfo from(Properties systemProperties) {
        return new OsInfo(
                systemProperties.getProperty("os.name"),
                systemProperties.getProperty("os.version"),
                systemProperties.getProperty("os.arch"));
    }

    public boolean isWindows() {
        return name.toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /** Linux under WSL: the kernel is Microsoft's, and Windows drives are mounted under {@code /mnt}. */
    public boolean isWsl() {
        String kernel = version.toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).startsWith("linux")
                && (kernel.contains("microsoft") || kernel.contains("wsl"));
    }
}
