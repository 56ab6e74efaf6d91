package dev.jhands.action.execute;

/**
 * Python's notion of whitespace and its {@code strip}, {@code lstrip} and {@code rstrip}: OpenHands
 * strips commands and BrowserGym strips element names with them, and Java's own {@code strip()}
 * disagrees on some characters.
 */
public final class PythonStrings {

  private PythonStrings() {}

  // str.isspace() also counts no-break spaces, the information separators and NEL (U+0085),
  // which Java's two whitespace tests both leave out.
  public static boolean isSpace(int codePoint) {
    return Character.isWhitespace(codePoint)
        || Character.isSpaceChar(codePoint)
        || codePoint == 0x85;
  }

  public static String strip(String text) {
    return rstrip(lstrip(text));
  }

  public static String lstrip(String text) {
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

  public static String rstrip(String text) {
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
}
