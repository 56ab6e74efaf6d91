package dev.jhands.action.bash;

/** Python's notion of whitespace and its {@code strip}, which OpenHands applies to commands. */
final class PyText {

  private PyText() {}

  // str.isspace() also counts no-break spaces and the information separators.
  static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
  }

  static String strip(String text) {
    return rstrip(lstrip(text));
  }

  static String lstrip(String text) {
    int start = 0;
    while (start < text.length()) {
      int cp = text.codePointAt(start);
      if (!isSpace(cp)) {
        break;
      }
      start += Character.charCount(cp);
    }
    return text.substring(start);
  }

  static String rstrip(String text) {
    int end = text.length();
    while (end > 0) {
      int cp = text.codePointBefore(end);
      if (!isSpace(cp)) {
        break;
      }
      end -= Character.charCount(cp);
    }
    return text.substring(0, end);
  }

  /** A number of seconds as Python prints a float: {@code 120.0}, {@code 2.5}. */
  static String pyFloat(double seconds) {
    if (seconds == Math.rint(seconds) && Math.abs(seconds) < 1e16) {
      return (long) seconds + ".0";
    }
    return java.math.BigDecimal.valueOf(seconds).stripTrailingZeros().toPlainString();
  }
}
