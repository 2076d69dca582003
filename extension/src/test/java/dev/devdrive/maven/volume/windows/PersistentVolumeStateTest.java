package dev.devdrive.maven.volume.windows;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.jna.platform.win32.Winioctl;
import com.sun.jna.platform.win32.WinioctlUtil;
import org.junit.jupiter.api.Test;

class PersistentVolumeStateTest {

    @Test
    void controlCodeIsTheFileSystemControl143Buffered() {
        assertThat(PersistentVolumeState.FSCTL_QUERY_PERSISTENT_VOLUME_STATE)
                .isEqualTo(WinioctlUtil.CTL_CODE(
                        Winioctl.FILE_DEVICE_FILE_SYSTEM, 143, Winioctl.METHOD_BUFFERED, Winioctl.FILE_ANY_ACCESS))
                .isEqualTo(590_396);
    }

    @Test
    void inputAsksForTheDevBitAloneInVersion1LittleEndianAsCPythonDoes() {
        assertThat(PersistentVolumeState.queryInput())
                .containsExactly(
                        0x00, 0x00, 0x00, 0x00, // VolumeFlags
                        0x00, 0x20, 0x00, 0x00, // FlagMask = DEV_VOLUME 0x2000
                        0x01, 0x00, 0x00, 0x00, // Version = 1
                        0x00, 0x00, 0x00, 0x00); // Reserved
    }

    @Test
    void trustIsAskedOnItsOwnInTheSameLayout() {
        assertThat(PersistentVolumeState.decode(PersistentVolumeState.trustQueryInput(), PersistentVolumeState.SIZE))
                .contains(new PersistentVolumeState(0, PersistentVolumeState.TRUSTED_VOLUME, 1, 0));
    }

    @Test
    void decodesATrustedDevDrive() {
        byte[] out = {0x00, 0x60, 0x00, 0x00, 0x00, 0x60, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};

        PersistentVolumeState state = PersistentVolumeState.decode(out, 16).orElseThrow();

        assertThat(state).isEqualTo(new PersistentVolumeState(0x6000, 0x6000, 1, 0));
        assertThat(state.devVolume()).isTrue();
        assertThat(state.trusted()).isTrue();
    }

    @Test
    void decodesAnUntrustedDevDriveAmongOtherBits() {
        // 0x2000 DEV_VOLUME with 0x0400 CHKDSK_RAN_ONCE and 0x0001 SHORT_NAME_CREATION_DISABLED, no 0x4000.
        byte[] out = {0x01, 0x24, 0x00, 0x00, 0x00, 0x60, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};

        PersistentVolumeState state = PersistentVolumeState.decode(out, 16).orElseThrow();

        assertThat(state.volumeFlags()).isEqualTo(0x2401);
        assertThat(state.devVolume()).isTrue();
        assertThat(state.trusted()).isFalse();
    }

    @Test
    void trustedBitAloneIsNotADevDrive() {
        byte[] out = {0x00, 0x40, 0x00, 0x00, 0x00, 0x60, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};

        PersistentVolumeState state = PersistentVolumeState.decode(out, 16).orElseThrow();

        assertThat(state.devVolume()).isFalse();
        assertThat(state.trusted()).isTrue();
    }

    @Test
    void highBitsDecodeUnsignedLittleEndian() {
        byte[] out = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

        assertThat(PersistentVolumeState.decode(out, 16).orElseThrow().volumeFlags())
                .isEqualTo(0xFFFFFFFF);
    }

    @Test
    void anAnswerTooShortToHoldTheFlagsIsNoAnswer() {
        byte[] out = {0x00, 0x20, 0x00, 0x00, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};

        assertThat(PersistentVolumeState.decode(out, 0)).isEmpty();
        assertThat(PersistentVolumeState.decode(out, 3)).isEmpty();
        assertThat(PersistentVolumeState.decode(new byte[0], 16)).isEmpty();
        assertThat(PersistentVolumeState.decode(null, 16)).isEmpty();
    }

    @Test
    void onlyTheReturnedBytesCount() {
        byte[] out = {0x00, 0x20, 0x00, 0x00, 0x00, 0x60, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00};

        assertThat(PersistentVolumeState.decode(out, 4).orElseThrow())
                .isEqualTo(new PersistentVolumeState(0x2000, 0, 0, 0));
    }

    @Test
    void encodesWhatItDecodes() {
        PersistentVolumeState state = new PersistentVolumeState(0x2000, 0x6000, 1, 0);

        assertThat(PersistentVolumeState.decode(state.toBytes(), 16)).contains(state);
    }
}
