package dev.jhands.action.file;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BinaryDetectorTest {

  private static boolean binary(byte[] bytes) {
    return BinaryDetector.isBinary(bytes, bytes.length);
  }

  @Test
  void textInAnyCommonEncodingIsText() {
    assertThat(binary(new byte[0])).isFalse();
    assertThat(binary("hello\tworld\r\n".getBytes(StandardCharsets.US_ASCII))).isFalse();
    assertThat(binary("日本語のテキスト\n".repeat(20).getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(binary(TextCodecTest.FRENCH.getBytes(Charset.forName("windows-1252")))).isFalse();
    assertThat(binary("\uFEFFsome text".getBytes(StandardCharsets.UTF_16LE))).isFalse();
  }

  @Test
  void controlBytesNulAndRandomDataAreBinary() {
    assertThat(binary(new byte[] {0, 1, 2, 3, 4, 5, 6, 7})).isTrue();
    assertThat(binary("text with a \0 in it".getBytes(StandardCharsets.US_ASCII))).isTrue();
    assertThat(binary(new byte[] {'a', 'b', (byte) 0xff, 'c'})).isTrue();
    byte[] random = new byte[1024];
    new Random(42).nextBytes(random);
    assertThat(binary(random)).isTrue();
    byte[] png = {
      (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
    };
    assertThat(binary(png)).isTrue();
  }
}
