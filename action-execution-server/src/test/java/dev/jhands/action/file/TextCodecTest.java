package dev.jhands.action.file;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextCodecTest {

  static final String FRENCH =
      "Le cœur a ses raisons que la raison ne connaît point. Été, hiver, à bientôt, garçon,"
          + " déjà, élève, où, naïve, très, forêt, théâtre, château, fenêtre, économie.\n";

  @Test
  void utf8AndAsciiAreUtf8() throws Exception {
    TextCodec.Decoded decoded = TextCodec.decode("héllo\n".getBytes(StandardCharsets.UTF_8));
    assertThat(decoded.text()).isEqualTo("héllo\n");
    assertThat(decoded.format()).isEqualTo(TextFormat.DEFAULT);
    assertThat(TextCodec.decode("plain".getBytes(StandardCharsets.US_ASCII)).format())
        .isEqualTo(TextFormat.DEFAULT);
  }

  @Test
  void legacyEncodingIsDetectedAndKept() throws Exception {
    Charset latin = Charset.forName("windows-1252");
    byte[] bytes = FRENCH.repeat(5).getBytes(latin);
    TextCodec.Decoded decoded = TextCodec.decode(bytes);
    assertThat(decoded.text()).isEqualTo(FRENCH.repeat(5));
    byte[] again = TextCodec.encode(decoded.text().replace("Été", "Ete"), decoded.format());
    assertThat(new String(again, latin)).isEqualTo(FRENCH.repeat(5).replace("Été", "Ete"));
  }

  @Test
  void byteOrderMarkAndCrlfSurviveARoundTrip() throws Exception {
    byte[] bytes = "\uFEFFone\r\ntwo\r\n".getBytes(StandardCharsets.UTF_8);
    TextCodec.Decoded decoded = TextCodec.decode(bytes);
    assertThat(decoded.text()).isEqualTo("one\ntwo\n");
    assertThat(decoded.format().bom()).isTrue();
    assertThat(decoded.format().newline()).isEqualTo("\r\n");
    assertThat(TextCodec.encode(decoded.text(), decoded.format())).isEqualTo(bytes);
  }

  @Test
  void undecodableBytesAreWordedLikePython() {
    assertThatThrownBy(() -> TextCodec.decode(new byte[] {'a', (byte) 0x81, 'b'}))
        .isInstanceOf(TextCodec.Undecodable.class)
        .hasMessage("'utf-8' codec can't decode byte 0x81 in position 1: invalid start byte");
    assertThat(TextCodec.isUtf8(new byte[] {'a', (byte) 0xC3}, 2, true)).isTrue();
    assertThat(TextCodec.isUtf8(new byte[] {'a', (byte) 0xC3}, 2, false)).isFalse();
  }

  @Test
  void unencodableTextIsRefused() {
    TextFormat latin1 = new TextFormat(StandardCharsets.ISO_8859_1, false, "\n");
    assertThatThrownBy(() -> TextCodec.encode("€", latin1))
        .isInstanceOf(java.nio.charset.CharacterCodingException.class);
  }
}
