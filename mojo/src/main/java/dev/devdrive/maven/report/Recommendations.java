package dev.devdrive.maven.report;

import java.util.ArrayList;
import java.util.List;

/**
 * Derives advice from report facts. A pure function: no I/O, no clock, no system properties; the same facts
 * always give the same recommendations in the same order (most consequential first).
 *
 * <table>
 *   <caption>Recommendation ids</caption>
 *   <tr><th>id</th><th>when</th></tr>
 *   <tr><td>{@code wsl-windows-drive}</td><td>the project is on a Windows drive seen from WSL</td></tr>
 *   <tr><td>{@code temp-root-refused}</td><td>the build's root checks refuse a candidate temp root</td></tr>
 *   <tr><td>{@code dev-drive-unknown}</td><td>the project's Dev Drive state cannot be read</td></tr>
 *   <tr><td>{@code trust-dev-drive}</td><td>a Dev Drive is not trusted</td></tr>
 *   <tr><td>{@code enable-extension}</td><td>project on a Dev Drive, temp elsewhere, extension
 *       not loaded</td></tr>
 *   <tr><td>{@code maven-tmpdir}</td><td>project on a Dev Drive, java.io.tmpdir elsewhere</td></tr>
 *   <tr><td>{@code move-local-repository}</td><td>a Dev Drive exists, the local repository is not on
 *       one</td></tr>
 *   <tr><td>{@code tmpfs-temp}</td><td>a temporary directory is on tmpfs</td></tr>
 *   <tr><td>{@code network-volume}</td><td>a location is on a network volume</td></tr>
 * </table>
 */
public final class Recommendations {

    static final String TEMP_ROOT_REFUSED = "temp-root-refused";

    private Recommendations() {}

    public static List<Recommendation> of(ReportFacts facts) {
        List<Recommendation> all = new ArrayList<>();
        VolumeAdvice.wslProject(facts).ifPresent(all::add);
        all.addAll(refusedRoots(facts));
        all.addAll(DevDriveAdvice.unknownDevDrive(facts));
        all.addAll(DevDriveAdvice.untrustedDevDrives(facts));
        all.addAll(DevDriveAdvice.temporaryOffDevDrive(facts));
        DevDriveAdvice.localRepository(facts).ifPresent(all::add);
        all.addAll(VolumeAdvice.tmpfsTemporary(facts));
        all.addAll(VolumeAdvice.networkVolumes(facts));
        return List.copyOf(all);
    }

    /** The build's own reason, which ends with what to change. */
    private static List<Recommendation> refusedRoots(ReportFacts facts) {
        return facts.decision().refusedRoots().stream()
                .map(refused -> new Recommendation(
                        TEMP_ROOT_REFUSED,
                        "The build will not use the temp root " + refused.path() + ": " + refused.reason() + ".",
                        ""))
                .toList();
    }
}
