package dev.devdrive.maven.volume.windows;

import dev.devdrive.maven.volume.JdkVolumeProbe;
import dev.devdrive.maven.volume.VolumeFacts;
import dev.devdrive.maven.volume.VolumeProbe;
import java.io.IOException;
import java.nio.file.Path;

/**
 * What Windows detection answers when JNA cannot reach kernel32: mount points still come from the JDK, but
 * every fact about a volume is unknown with the reason, so that {@code auto} does not redirect on a guess.
 */
final class NativeAccessUnavailable implements VolumeProbe {

    private final VolumeProbe jdk = new JdkVolumeProbe();
    private final String reason;

    NativeAccessUnavailable(String reason) {
        this.reason = reason;
    }

    String reason() {
        return reason;
    }

    @Override
    public String volumeRoot(Path realPath) throws IOException {
        return jdk.volumeRoot(realPath);
    }

    @Override
    public VolumeFacts describe(String root, Path realPath) {
        return VolumeFacts.unknown(root, reason);
    }
}
