package dev.jhands.events.json;

import java.math.BigDecimal;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Python's {@code repr()} and {@code str()} of JSON-like values (null, booleans, numbers, strings,
 * lists, maps), for texts OpenHands builds by formatting Python values: the MCP action's message,
 * BrowserGym's accessibility tree and error messages, timeouts printed as floats.
 */
public final class PythonRepr {

  private PythonRepr() {}

  /** Python's {@code str()}: a string as is, anything else as its repr. */
  public static String str(Object value) {
    return value instanceof String s ? s : repr(value);
  }

  public static String repr(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value);
    return out.toString();
  }

  private static void append(StringBuilder out, Object value) {
    switch (value) {
      case null -> out.append("None");
      case Boolean b -> out.append(b ? "True" : "False");
      case String s -> appendString(out, s);
      case Double d -> out.append(floatRepr(d));
      case Float f -> out.append(floatRepr(f.doubleValue()));
      case BigDecimal d -> out.append(floatRepr(d.doubleValue()));
      case Map<?, ?> map -> appendMap(out, map);
      case List<?> list -> appendList(out, list);
      default -> out.append(value);
    }
  }

  private static void appendMap(StringBuilder out, Map<?, ?> map) {
    out.append('{');
    Iterator<? extends Map.Entry<?, ?>> entries = map.entrySet().iterator();
    while (entries.hasNext()) {
      Map.Entry<?, ?> entry = entries.next();
      append(out, entry.getKey());
      out.append(": ");
      append(out, entry.getValue());
      if (entries.hasNext()) {
        out.append(", ");
      }
    }
    out.append('}');
  }

  private static void appendList(StringBuilder out, List<?> list) {
    out.append('[');
    for (int i = 0; i < list.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      append(out, list.get(i));
    }
    out.append(']');
  }

  // Python prefers single quotes and switches to double quotes only to avoid escaping a quote.
  private static void appendString(StringBuilder out, String s) {
    char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
    out.append(quote);
    s.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                  if (cp == quote) {
                    out.append('\\').append(quote);
                  } else if (isPrintable(cp)) {
                    out.appendCodePoint(cp);
                  } else if (cp < 0x100) {
                    out.append(String.format("\\x%02x", cp));
                  } else if (cp < 0x10000) {
                    out.append(String.format("\\u%04x", cp));
                  } else {
                    out.append(String.format("\\U%08x", cp));
                  }
                }
              }
            });
    out.append(quote);
  }

  // Python's str.isprintable(): everything but controls, formats, surrogates, private use,
  // unassigned code points and separators other than the ASCII space.
  private static boolean isPrintable(int cp) {
    if (cp == ' ') {
      return true;
    }
    return switch (Character.getType(cp)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.SURROGATE,
          Character.PRIVATE_USE,
          Character.UNASSIGNED,
          Character.SPACE_SEPARATOR,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR ->
          false;
      default -> true;
    };
  }

  /** Python's float repr: shortest digits, plain between 1e-4 and 1e16, else {@code 1e+16}. */
  public static String floatRepr(double d) {
    if (Double.isNaN(d)) {
      return "nan";
    }
    if (Double.isInfinite(d)) {
      return d > 0 ? "inf" : "-inf";
    }
    if (d == 0) {
      return 1 / d < 0 ? "-0.0" : "0.0";
    }
    // Double.toString gives the shortest round-tripping digits since JDK 19, as Python does.
    BigDecimal exact = new BigDecimal(Double.toString(Math.abs(d))).stripTrailingZeros();
    String digits = exact.unscaledValue().toString();
    int exponent = digits.length() - 1 - exact.scale();
    String sign = d < 0 ? "-" : "";
    if (exponent >= -4 && exponent < 16) {
      String plain = exact.toPlainString();
      return sign + (plain.contains(".") ? plain : plain + ".0");
    }
    String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
    return String.format(
        "%s%se%s%02d", sign, mantissa, exponent < 0 ? "-" : "+", Math.abs(exponent));
  }
}
