package dev.devdrive.maven.volume;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Detection with nothing but the JDK, used on macOS and other Unixes: the file store gives the type and
 * sizes, the mount point is found by walking up while the file store stays the same.
 */
public class JdkVolumeProbe implements VolumeProbe {

    private static final Set<String> REMOTE_TYPES =
            Set.of("nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "afpfs", "webdav", "9p", "fuse.sshfs");

    @Override
    public String volumeRoot(Path realPath) throws IOException {
        FileStore store = Files.getFileStore(realPath);
        Path root = realPath;
        for (Path parent = realPath.getParent(); parent != null; parent = parent.getParent()) {
            if (!Files.getFileStore(parent).equals(store)) {
                break;
            }
            root = parent;
        }
        return root.toString();
    }

    @Override
    public VolumeFacts describe(String root, Path realPath) {
        try {
            FileStore store = Files.getFileStore(realPath);
            String type = store.type();
            boolean remote = REMOTE_TYPES.contains(type.toLowerCase(Locale.ROOT));
            List<String> notes = new ArrayList<>();
            if (remote) {
                notes.add(type + ": a network file system, slow for temporary files");
            }
            return new VolumeFacts(
                    store.name() + "|" + type + "|" + root,
                    root,
                    type,
                    store.getTotalSpace(),
                    store.getUsableSpace(),
                    remote ? VolumeKind.NETWORK : VolumeKind.LOCAL,
                    Answer.no("Dev Drive exists only on Windows"),
                    Answer.no("Dev Drive exists only on Windows"),
                    Answer.unknown("not detected on this OS"),
                    notes);
        } catch (IOException e) {
            return VolumeFacts.unknown(root, "cannot read file store of " + realPath + ": " + e.getMessage());
        }
    }
}
