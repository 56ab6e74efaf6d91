package dev.jhands.action.browser;

import java.util.Locale;

/**
 * Python string and number literals, read as Python does: quotes, triple quotes, {@code r} prefixes
 * and backslash escapes; integers, floats and exponents. Failures are {@link
 * IllegalArgumentException}s with Python's wording, which the parser places in the source.
 */
final class PythonLiterals {

  /** A literal's value and the index just past it. */
  record Read(Object value, int end) {}

  private PythonLiterals() {}

  static boolean stringStartsAt(String src, int pos) {
    int quote = pos;
    while (quote < src.length() && quote - pos < 2 && "rRuUbB".indexOf(src.charAt(quote)) >= 0) {
      quote++;
    }
    return quote < src.length() && (src.charAt(quote) == '\'' || src.charAt(quote) == '"');
  }

  static Read string(String src, int pos) {
    boolean raw = false;
    while ("rRuUbB".indexOf(src.charAt(pos)) >= 0) {
      raw |= Character.toLowerCase(src.charAt(pos)) == 'r';
      pos++;
    }
    char q = src.charAt(pos);
    String close =
        src.startsWith(String.valueOf(q).repeat(3), pos) ? String.valueOf(q).repeat(3) : "" + q;
    pos += close.length();
    StringBuilder out = new StringBuilder();
    while (!src.startsWith(close, pos)) {
      if (pos >= src.length() || (close.length() == 1 && src.charAt(pos) == '\n')) {
        throw new IllegalArgumentException("unterminated string literal");
      }
      char c = src.charAt(pos++);
      if (c != '\\' || pos >= src.length()) {
        out.append(c);
      } else if (raw) {
        out.append(c).append(src.charAt(pos++));
      } else {
        pos = escape(src, pos, out);
      }
    }
    return new Read(out.toString(), pos + close.length());
  }

  // The escape after a backslash at pos-1; returns the index after it.
  private static int escape(String src, int pos, StringBuilder out) {
    char e = src.charAt(pos++);
    switch (e) {
      case '\n' -> {}
      case '\\', '\'', '"' -> out.append(e);
      case 'a' -> out.append('\u0007');
      case 'b' -> out.append('\b');
      case 'f' -> out.append('\f');
      case 'n' -> out.append('\n');
      case 'r' -> out.append('\r');
      case 't' -> out.append('\t');
      case 'v' -> out.append('\u000b');
      case 'x' -> pos = hex(src, pos, 2, out);
      case 'u' -> pos = hex(src, pos, 4, out);
      case 'U' -> pos = hex(src, pos, 8, out);
      default -> {
        if (e >= '0' && e <= '7') {
          int end = pos - 1;
          while (end < src.length()
              && end < pos + 2
              && src.charAt(end) >= '0'
              && src.charAt(end) <= '7') {
            end++;
          }
          out.appendCodePoint(Integer.parseInt(src.substring(pos - 1, end), 8));
          return end;
        }
        // Python keeps unknown escapes as they are.
        out.append('\\').append(e);
      }
    }
    return pos;
  }

  private static int hex(String src, int pos, int digits, StringBuilder out) {
    try {
      int cp = Integer.parseInt(src.substring(pos, pos + digits), 16);
      out.appendCodePoint(cp);
      return pos + digits;
    } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
      throw new IllegalArgumentException("truncated \\x, \\u or \\U escape");
    }
  }

  static Read number(String src, int pos) {
    int start = pos;
    boolean negative = false;
    while (pos < src.length() && (src.charAt(pos) == '-' || src.charAt(pos) == '+')) {
      negative ^= src.charAt(pos++) == '-';
    }
    int digits = pos;
    while (pos < src.length()
        && (Character.isLetterOrDigit(src.charAt(pos))
            || "._".indexOf(src.charAt(pos)) >= 0
            || ((src.charAt(pos) == '-' || src.charAt(pos) == '+')
                && "eE".indexOf(src.charAt(pos - 1)) >= 0))) {
      pos++;
    }
    String text = src.substring(digits, pos).replace("_", "").toLowerCase(Locale.ROOT);
    try {
      if (text.startsWith("0x") || text.startsWith("0o") || text.startsWith("0b")) {
        int radix = text.charAt(1) == 'x' ? 16 : text.charAt(1) == 'o' ? 8 : 2;
        long value = Long.parseLong(text.substring(2), radix);
        return new Read(negative ? -value : value, pos);
      }
      if (text.matches("[0-9]+")) {
        long value = Long.parseLong(text);
        return new Read(negative ? -value : value, pos);
      }
      if (text.matches("([0-9]+\\.?[0-9]*|\\.[0-9]+)(e[+-]?[0-9]+)?")) {
        double value = Double.parseDouble(text);
        return new Read(negative ? -value : value, pos);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException("invalid number '" + src.substring(start, pos) + "'");
  }
}
