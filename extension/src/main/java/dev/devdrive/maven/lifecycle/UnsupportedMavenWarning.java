package dev.devdrive.maven.lifecycle;

import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.AbstractMavenLifecycleParticipant;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.rtinfo.RuntimeInformation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Says so, once per build, when this Maven cannot run the extension, instead of it doing nothing silently.
 *
 * <p>Maven before 3.9.6 ships Sisu 0.3.x, whose bundled ASM reads class files up to Java 14 only: it skips
 * every other component of this extension without a word. This class is therefore compiled for Java 8 (see
 * the extension's POM) and written in Java 8, so that those Mavens do load it.
 */
@Named("devdrive-unsupported-maven")
@Singleton
public class UnsupportedMavenWarning extends AbstractMavenLifecycleParticipant {

    static final String MINIMUM_MAVEN = "3.9.6";
    static final int MINIMUM_JAVA = 17;

    private static final Logger LOG = LoggerFactory.getLogger(UnsupportedMavenWarning.class);

    private final RuntimeInformation runtime;

    @Inject
    public UnsupportedMavenWarning(RuntimeInformation runtime) {
        this.runtime = runtime;
    }

    @Override
    public void afterProjectsRead(MavenSession session) {
        String warning = warning(
                runtime.getMavenVersion(),
                runtime.isMavenVersion("[" + MINIMUM_MAVEN + ",)"),
                System.getProperty("java.specification.version"));
        if (warning != null) {
            LOG.warn(warning);
        }
    }

    /** The warning for this Maven and Java, or {@code null} where the extension runs. */
    static String warning(String mavenVersion, boolean mavenSupported, String javaSpecificationVersion) {
        boolean javaSupported = javaFeature(javaSpecificationVersion) >= MINIMUM_JAVA;
        if (mavenSupported && javaSupported) {
            return null;
        }
        String found = mavenSupported
                ? "Java " + javaSpecificationVersion
                : javaSupported
                        ? "Maven " + mavenVersion
                        : "Maven " + mavenVersion + " on Java " + javaSpecificationVersion;
        return "[devdrive] Extension inactive: it needs Maven " + MINIMUM_MAVEN + " or newer on Java " + MINIMUM_JAVA
                + " or newer, this build runs " + found + "; temp is left as it is (upgrade, or remove"
                + " devdrive-maven-extension from .mvn/extensions.xml)";
    }

    /** 8 for "1.8", 17 for "17". */
    private static int javaFeature(String specificationVersion) {
        String feature =
                specificationVersion.startsWith("1.") ? specificationVersion.substring(2) : specificationVersion;
        return Integer.parseInt(feature.split("\\.")[0]);
    }
}
