package dev.devdrive.maven.policy;

import dev.devdrive.maven.volume.PathVolume;
import java.io.File;
import java.util.Objects;
import java.util.Optional;

/**
 * What the policy needs to know about a build, detected once at session start.
 *
 * @param buildDirectory           the top-level project's build directory
 * @param devDriveEnv              the volume named by the {@code DEV_DRIVE} environment variable (set by the
 *                                 setup-dev-drive GitHub Action), when set
 * @param devDriveEnvValue         the raw value of {@code DEV_DRIVE}, {@code ""} when unset
 * @param buildOnDevDriveEnvVolume whether the build directory is on that volume
 * @param userName                 the current user's name, to keep users apart under a shared root
 * @param windows                  whether the build runs on Windows
 */
public record BuildFacts(
        PathVolume buildDirectory,
        Optional<PathVolume> devDriveEnv,
        String devDriveEnvValue,
        boolean buildOnDevDriveEnvVolume,
        String userName,
        boolean windows) {

    /** Facts of a build on the OS this JVM runs on. */
    public BuildFacts(
            PathVolume buildDirectory,
            Optional<PathVolume> devDriveEnv,
            String devDriveEnvValue,
            boolean buildOnDevDriveEnvVolume,
            String userName) {
        this(
                buildDirectory,
                devDriveEnv,
                devDriveEnvValue,
                buildOnDevDriveEnvVolume,
                userName,
                File.separatorChar == '\\');
    }

    public BuildFacts {
        Objects.requireNonNull(buildDirectory, "buildDirectory");
        Objects.requireNonNull(devDriveEnv, "devDriveEnv");
        devDriveEnvValue = devDriveEnvValue == null ? "" : devDriveEnvValue;
        userName = userName == null ? "" : userName;
    }
}
