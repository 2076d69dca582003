package dev.devdrive.maven.tmp;

import dev.devdrive.maven.policy.RootInspection;
import dev.devdrive.maven.policy.RootRefusal;
import java.nio.file.Path;
import java.util.Optional;
import javax.inject.Named;
import javax.inject.Singleton;

/** The root checks on the real file system, for the build and for {@code devdrive:report} alike. */
@Named
@Singleton
public class TempRootInspection implements RootInspection {

    @Override
    public Optional<RootRefusal> refusal(Path root, Path projectDirectory) {
        return TempRoot.inspect(root, projectDirectory);
    }
}
