package dev.devdrive.maven.volume.windows;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class Win32VolumeApiTextTest {

    @Test
    void firstStopsAtTheTerminator() {
        Win32VolumeApi.Text text = Win32VolumeApi.Text.success("C:\\mnt\\dev\\\0\0\0\0");

        assertThat(text.first()).isEqualTo("C:\\mnt\\dev\\");
    }

    @Test
    void multiSzListsEveryString() {
        Win32VolumeApi.Text text = Win32VolumeApi.Text.success("E:\\\0C:\\mnt\\dev\\\0\0");

        assertThat(text.strings()).containsExactly("E:\\", "C:\\mnt\\dev\\");
    }

    @Test
    void anEmptyMultiSzIsNoStrings() {
        assertThat(Win32VolumeApi.Text.success("\0").strings()).isEmpty();
        assertThat(Win32VolumeApi.Text.failure(5).strings()).isEmpty();
    }
}
