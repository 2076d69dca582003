package dev.devdrive.maven.volume.windows;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Optional;

/**
 * {@code FILE_FS_PERSISTENT_VOLUME_INFORMATION} ({@code ntifs.h}), the 16-byte input and output of
 * {@code FSCTL_QUERY_PERSISTENT_VOLUME_STATE}: four little-endian {@code ULONG}s. jna-platform does not map
 * this control code, so the buffers are encoded and decoded here, in plain Java.
 *
 * @param volumeFlags the persistent state bits of the volume
 * @param flagMask    which bits the caller asks about
 * @param version     structure version, 1
 * @param reserved    0
 */
record PersistentVolumeState(int volumeFlags, int flagMask, int version, int reserved) {

    /** {@code CTL_CODE(FILE_DEVICE_FILE_SYSTEM, 143, METHOD_BUFFERED, FILE_ANY_ACCESS)}. */
    static final int FSCTL_QUERY_PERSISTENT_VOLUME_STATE = 0x0009023C;

    static final int SIZE = 16;

    /** {@code PERSISTENT_VOLUME_STATE_DEV_VOLUME}: the volume is a Dev Drive. */
    static final int DEV_VOLUME = 0x00002000;

    /** {@code PERSISTENT_VOLUME_STATE_TRUSTED_VOLUME}: {@code fsutil devdrv trust} was run on it. */
    static final int TRUSTED_VOLUME = 0x00004000;

    /** "Dev Drive?", asked exactly as CPython's {@code os.path.isdevdrive} asks. */
    static byte[] queryInput() {
        return new PersistentVolumeState(0, DEV_VOLUME, 1, 0).toBytes();
    }

    /** "Trusted?", asked on its own (no elevation needed) so that it cannot disturb the Dev Drive answer. */
    static byte[] trustQueryInput() {
        return new PersistentVolumeState(0, TRUSTED_VOLUME, 1, 0).toBytes();
    }

    /**
     * The structure the file system returned. Empty when fewer bytes than {@code VolumeFlags} came back:
     * then nothing was answered, which is not the same as "no flags set". Fields not returned read 0.
     */
    static Optional<PersistentVolumeState> decode(byte[] output, int bytesReturned) {
        if (output == null || bytesReturned < Integer.BYTES || output.length < Integer.BYTES) {
            return Optional.empty();
        }
        byte[] padded = new byte[SIZE];
        System.arraycopy(output, 0, padded, 0, Math.min(Math.min(bytesReturned, output.length), SIZE));
        ByteBuffer buffer = ByteBuffer.wrap(padded).order(ByteOrder.LITTLE_ENDIAN);
        return Optional.of(
                new PersistentVolumeState(buffer.getInt(), buffer.getInt(), buffer.getInt(), buffer.getInt()));
    }

    byte[] toBytes() {
        return ByteBuffer.allocate(SIZE)
                .order(ByteOrder.LITTLE_ENDIAN)
                .putInt(volumeFlags)
                .putInt(flagMask)
                .putInt(version)
                .putInt(reserved)
                .array();
    }

    boolean devVolume() {
        return (volumeFlags & DEV_VOLUME) != 0;
    }

    boolean trusted() {
        return (volumeFlags & TRUSTED_VOLUME) != 0;
    }
}
