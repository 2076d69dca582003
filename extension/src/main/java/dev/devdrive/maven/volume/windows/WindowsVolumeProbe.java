package dev.devdrive.maven.volume.windows;

import com.sun.jna.platform.win32.WinError;
import dev.devdrive.maven.volume.Answer;
import dev.devdrive.maven.volume.FsutilCommands;
import dev.devdrive.maven.volume.VolumeFacts;
import dev.devdrive.maven.volume.VolumeKind;
import dev.devdrive.maven.volume.VolumeProbe;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Windows detection through kernel32: the volume GUID path as identity, {@code GetVolumePathName} for the
 * mount point (so a Dev Drive mounted in a folder such as {@code C:\mnt\dev} is found), and
 * {@code FSCTL_QUERY_PERSISTENT_VOLUME_STATE} for the Dev Drive and trust bits. Works on path strings, so
 * that everything but the native calls runs on any OS.
 */
public final class WindowsVolumeProbe implements VolumeProbe {

    private static final Logger LOG = LoggerFactory.getLogger(WindowsVolumeProbe.class);

    /** {@code FILE_SUPPORTS_BLOCK_REFCOUNTING} ({@code winnt.h}), not in jna-platform. */
    static final int FILE_SUPPORTS_BLOCK_REFCOUNTING = 0x08000000;

    private final Win32VolumeApi api;

    WindowsVolumeProbe(Win32VolumeApi api) {
        this.api = api;
    }

    /** The probe backed by JNA, or one that answers unknown with the reason when JNA cannot load. */
    public static VolumeProbe forThisMachine() {
        return using(JnaWin32VolumeApi::load);
    }

    static VolumeProbe using(Supplier<Win32VolumeApi> loader) {
        try {
            return new WindowsVolumeProbe(loader.get());
        } catch (LinkageError | RuntimeException e) {
            LOG.debug("[devdrive] native access to kernel32 unavailable", e);
            return new NativeAccessUnavailable("cannot call kernel32 through JNA: " + e);
        }
    }

    @Override
    public Path realPath(Path existing) throws IOException {
        String real = existing.toRealPath().toString();
        String resolved = resolveSubst(real);
        return resolved.equals(real) ? Path.of(real) : Path.of(resolved).toRealPath();
    }

    /** {@code X:\src} -> {@code C:\work\src} when {@code X:} is a {@code subst} drive. */
    String resolveSubst(String path) {
        return SubstDrives.resolve(path, api);
    }

    @Override
    public String volumeRoot(Path realPath) throws IOException {
        return volumeRoot(realPath.toString());
    }

    String volumeRoot(String path) throws IOException {
        Win32VolumeApi.Text root = api.getVolumePathName(path);
        if (!root.ok() || root.first().isEmpty()) {
            throw new IOException(
                    "GetVolumePathName failed for " + path + ": " + Win32Errors.describe(root.lastError()));
        }
        return root.first();
    }

    @Override
    public VolumeFacts describe(String root, Path realPath) {
        Win32VolumeApi.Text volumeName = api.getVolumeNameForVolumeMountPoint(root);
        return describe(root, volumeName.ok() ? volumeName.first() : "", List.of());
    }

    @Override
    public List<VolumeFacts> devDrives() {
        Win32VolumeApi.VolumeNames volumes = api.findVolumes();
        if (volumes.lastError() != WinError.ERROR_NO_MORE_FILES) {
            LOG.debug("[devdrive] listing volumes stopped early: {}", Win32Errors.describe(volumes.lastError()));
        }
        List<VolumeFacts> devDrives = new ArrayList<>();
        for (String volumeName : volumes.names()) {
            List<String> mountPoints =
                    api.getVolumePathNamesForVolumeName(volumeName).strings();
            String root = mountPoints.isEmpty() ? volumeName : mountPoints.get(0);
            if (!DriveTypes.isFixed(api.getDriveType(root))) {
                // Dev Drives are fixed; an empty card reader or DVD drive is better left untouched.
                continue;
            }
            List<String> alsoAt = mountPoints.size() > 1 ? mountPoints.subList(1, mountPoints.size()) : List.of();
            VolumeFacts facts = describe(root, volumeName, alsoAt);
            if (facts.devDrive().isYes()) {
                devDrives.add(facts);
            }
        }
        return devDrives;
    }

    private VolumeFacts describe(String root, String volumeName, List<String> alsoMountedAt) {
        List<String> notes = new ArrayList<>();
        int driveType = api.getDriveType(root);
        boolean remote = DriveTypes.isRemote(driveType) || isUnc(root);
        boolean removable = DriveTypes.isRemovable(driveType);
        if (remote) {
            notes.add("a network share: slow for temporary files");
        }
        if (removable) {
            notes.add("a removable drive: it may go away during the build");
        }
        if (!alsoMountedAt.isEmpty()) {
            notes.add("also mounted at " + String.join(", ", alsoMountedAt));
        }

        Win32VolumeApi.VolumeInformation information = api.getVolumeInformation(root);
        Answer blockCloning = blockCloning(information);
        if (!information.ok()) {
            notes.add("GetVolumeInformation failed: " + Win32Errors.describe(information.lastError()));
        }

        Win32VolumeApi.DiskSpace space = api.getDiskFreeSpaceEx(root);
        if (!space.ok()) {
            notes.add("GetDiskFreeSpaceEx failed: " + Win32Errors.describe(space.lastError()));
        }

        DevDriveQuery.DevDriveAnswer devDrive = DevDriveQuery.byDriveType(driveType)
                .or(() -> DevDriveQuery.byFileSystem(information))
                .orElseGet(() -> DevDriveQuery.answer(
                        api.queryPersistentVolumeState(root, PersistentVolumeState.queryInput()),
                        () -> api.queryPersistentVolumeState(root, PersistentVolumeState.trustQueryInput())));
        if (devDrive.devDrive().isUnknown()) {
            notes.add("cannot tell whether it is a Dev Drive: "
                    + devDrive.devDrive().reason());
        } else if (devDrive.devDrive().isYes() && devDrive.trusted().isUnknown()) {
            notes.add("Dev Drive, but " + devDrive.trusted().reason());
        } else if (devDrive.devDrive().isYes() && !devDrive.trusted().isYes()) {
            notes.add("Dev Drive not trusted, so Microsoft Defender scans it synchronously; to trust it, run "
                    + FsutilCommands.trust(root) + " as administrator");
        }

        return new VolumeFacts(
                volumeName.isEmpty() ? idWithoutVolumeName(root) : volumeName,
                root,
                information.fileSystemName(),
                space.ok() ? space.totalBytes() : -1,
                space.ok() ? space.freeBytesAvailable() : -1,
                remote ? VolumeKind.NETWORK : removable ? VolumeKind.REMOVABLE : VolumeKind.LOCAL,
                devDrive.devDrive(),
                devDrive.trusted(),
                blockCloning,
                notes);
    }

    private static Answer blockCloning(Win32VolumeApi.VolumeInformation information) {
        if (!information.ok()) {
            return Answer.unknown("GetVolumeInformation failed: " + Win32Errors.describe(information.lastError()));
        }
        return (information.fileSystemFlags() & FILE_SUPPORTS_BLOCK_REFCOUNTING) != 0
                ? Answer.yes(information.fileSystemName() + " supports block cloning")
                : Answer.no(information.fileSystemName() + " does not support block cloning");
    }

    /**
     * Shares and volumes without a GUID path are told apart by their root, case-insensitively as Windows
     * compares them.
     */
    private static String idWithoutVolumeName(String root) {
        return "root:" + root.toUpperCase(Locale.ROOT);
    }

    private static boolean isUnc(String path) {
        String upper = path.toUpperCase(Locale.ROOT);
        return upper.startsWith("\\\\?\\UNC\\")
                || (upper.startsWith("\\\\") && !upper.startsWith("\\\\?\\") && !upper.startsWith("\\\\.\\"));
    }
}
