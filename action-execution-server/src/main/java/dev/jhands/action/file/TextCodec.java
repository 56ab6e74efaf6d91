package dev.jhands.action.file;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Detects a file's encoding and converts between its bytes and the editor's {@code \n}-only text.
 * Valid UTF-8 (ASCII included) is UTF-8; anything else takes the charset juniversalchardet finds,
 * standing in for OHEditor's charset_normalizer. Decoding is strict: a wrong guess is an error, not
 * silently garbled text that would be written back.
 */
final class TextCodec {

  private static final int SAMPLE = 1024 * 1024;
  private static final char BOM = '\uFEFF';

  private TextCodec() {}

  record Decoded(String text, TextFormat format) {}

  /** Bytes the detected charset cannot decode; the message reads like Python's. */
  static final class Undecodable extends Exception {
    Undecodable(String message) {
      super(message, null, false, false);
    }
  }

  static Decoded decode(byte[] bytes) throws Undecodable {
    Charset charset = detect(bytes);
    String raw;
    try {
      raw = strict(charset).decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new Undecodable(
          charset.equals(StandardCharsets.UTF_8)
              ? utf8Error(bytes)
              : "'" + charset.name().toLowerCase(Locale.ROOT) + "' codec can't decode the file");
    }
    boolean bom = !raw.isEmpty() && raw.charAt(0) == BOM;
    if (bom) {
      raw = raw.substring(1);
    }
    String newline = Lines.dominantNewline(raw);
    return new Decoded(Lines.universal(raw), new TextFormat(charset, bom, newline));
  }

  static byte[] encode(String text, TextFormat format) throws CharacterCodingException {
    String raw = format.newline().equals("\n") ? text : text.replace("\n", format.newline());
    if (format.bom()) {
      raw = BOM + raw;
    }
    ByteBuffer out =
        format
            .charset()
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .encode(CharBuffer.wrap(raw));
    return Arrays.copyOfRange(out.array(), out.arrayOffset(), out.arrayOffset() + out.limit());
  }

  static Charset detect(byte[] bytes) {
    if (isUtf8(bytes, bytes.length, false)) {
      return StandardCharsets.UTF_8;
    }
    Charset guessed = guess(bytes, Math.min(bytes.length, SAMPLE));
    return guessed == null ? StandardCharsets.UTF_8 : guessed;
  }

  /** juniversalchardet's guess for a non-ASCII sample, or null. */
  static Charset guess(byte[] bytes, int length) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, length);
    detector.dataEnd();
    String name = detector.getDetectedCharset();
    try {
      if (name == null || !Charset.isSupported(name)) {
        return null;
      }
    } catch (IllegalArgumentException e) {
      return null;
    }
    Charset charset = Charset.forName(name);
    return charset.equals(StandardCharsets.US_ASCII) ? null : charset;
  }

  /**
   * Whether the first {@code length} bytes are UTF-8; with {@code prefix}, a character cut at the
   * end still counts, since the bytes are only the start of a file.
   */
  static boolean isUtf8(byte[] bytes, int length, boolean prefix) {
    CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes, 0, length);
    CharBuffer out = CharBuffer.allocate(Math.max(16, length));
    CoderResult result = decoder.decode(in, out, !prefix);
    if (result.isError()) {
      return false;
    }
    return prefix ? in.remaining() < 4 : !decoder.flush(out).isError();
  }

  /** The bytes as UTF-8, refusing malformed input as Python's {@code 'utf-8'} codec does. */
  static String strictUtf8(byte[] bytes) throws CharacterCodingException {
    return strict(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString();
  }

  static boolean decodes(byte[] bytes, int length, Charset charset) {
    try {
      strict(charset).decode(ByteBuffer.wrap(bytes, 0, length));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /** Python's wording of the first UTF-8 decoding error. */
  private static String utf8Error(byte[] bytes) {
    CharsetDecoder decoder = strict(StandardCharsets.UTF_8);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(bytes.length + 1), true);
    int position = in.position();
    if (!result.isError()) {
      return "'utf-8' codec can't decode the file";
    }
    int b = bytes[position] & 0xff;
    String reason =
        b < 0xC2 || b > 0xF4
            ? "invalid start byte"
            : position + result.length() >= bytes.length
                ? "unexpected end of data"
                : "invalid continuation byte";
    return String.format(
        Locale.ROOT,
        "'utf-8' codec can't decode byte 0x%02x in position %d: %s",
        b,
        position,
        reason);
  }

  private static CharsetDecoder strict(Charset charset) {
    return charset
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
