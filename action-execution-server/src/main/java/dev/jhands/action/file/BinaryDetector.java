package dev.jhands.action.file;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether a file is binary, judged on its first 1024 bytes as the binaryornot package does for
 * OpenHands: mostly control characters, or a NUL or 0xFF byte, unless the bytes decode as text in a
 * detected encoding. juniversalchardet stands in for chardet.
 */
final class BinaryDetector {

  private static final int CHUNK = 1024;
  private static final int MIN_HIGH_BYTES = 16;

  private BinaryDetector() {}

  /** An unreadable file is not binary: the read that follows reports the real problem. */
  static boolean isBinary(Path file) {
    byte[] chunk = new byte[CHUNK];
    int length;
    try (InputStream in = Files.newInputStream(file)) {
      length = in.readNBytes(chunk, 0, CHUNK);
    } catch (IOException e) {
      return false;
    }
    return isBinary(chunk, length);
  }

  static boolean isBinary(byte[] bytes, int length) {
    if (length == 0) {
      return false;
    }
    // binaryornot's two ratios: bytes that are not printable ASCII, and bytes that are not high.
    int notPrintable = 0;
    int notHigh = 0;
    boolean nulOrFf = false;
    for (int i = 0; i < length; i++) {
      int b = bytes[i] & 0xff;
      if (b >= 127) {
        notPrintable++;
      } else {
        notHigh++;
        if (b < 32 && "\n\r\t\f\b".indexOf(b) < 0) {
          notPrintable++;
        }
      }
      nulOrFf |= b == 0 || b == 0xff;
    }
    double lowRatio = (double) notPrintable / length;
    double highRatio = (double) notHigh / length;
    if (lowRatio > 0.9 && highRatio > 0.9) {
      return true;
    }
    boolean likelyBinary =
        (lowRatio > 0.3 && highRatio < 0.05) || (lowRatio > 0.8 && highRatio > 0.8);
    if (decodesAsText(bytes, length)) {
      return false;
    }
    return likelyBinary || nulOrFf;
  }

  /**
   * Stands in for chardet's confident (above 0.9), non-ASCII verdict. juniversalchardet guesses
   * more eagerly and says nothing of its confidence, so a guess counts only where chardet too would
   * be sure: a multi-byte charset, or a single-byte one backed by enough high bytes. Legacy text
   * never holds a NUL, so a guess for bytes with one counts only for UTF-16/32.
   */
  private static boolean decodesAsText(byte[] bytes, int length) {
    int high = 0;
    boolean nul = false;
    for (int i = 0; i < length; i++) {
      high += bytes[i] < 0 ? 1 : 0;
      nul |= bytes[i] == 0;
    }
    if (high == 0) {
      return false;
    }
    if (!nul && TextCodec.isUtf8(bytes, length, true)) {
      return true;
    }
    Charset charset = TextCodec.guess(bytes, length);
    if (charset == null
        || charset.equals(StandardCharsets.UTF_8)
        || (nul && !charset.name().startsWith("UTF-"))) {
      return false;
    }
    boolean multiByte = charset.newEncoder().maxBytesPerChar() > 1;
    return (multiByte || high >= MIN_HIGH_BYTES) && TextCodec.decodes(bytes, length, charset);
  }
}
