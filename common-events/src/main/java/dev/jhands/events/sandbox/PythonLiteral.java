package dev.jhands.events.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A reader for the subset of Python literals that {@code repr()} of a JSON-like dict produces:
 * dicts, lists, tuples, quoted strings, numbers, {@code True}, {@code False}, {@code None}.
 *
 * <p>Old event streams carry file-editor calls as Python source in {@code translated_ipython_code};
 * OpenHands recovers their arguments with {@code ast.literal_eval}, and so must we.
 */
final class PythonLiteral {

  /** Thrown for anything outside the subset; the caller then ignores the legacy argument. */
  static final class SyntaxError extends Exception {
    SyntaxError(String message) {
      super(message);
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String text;
  private int pos;

  private PythonLiteral(String text) {
    this.text = text;
  }

  static JsonNode parse(String text) throws SyntaxError {
    PythonLiteral reader = new PythonLiteral(text);
    JsonNode value = reader.value();
    reader.skipSpace();
    if (reader.pos != text.length()) {
      throw reader.error("trailing text");
    }
    return value;
  }

  private JsonNode value() throws SyntaxError {
    skipSpace();
    if (pos >= text.length()) {
      throw error("unexpected end");
    }
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> dict();
      case '[' -> sequence(']');
      case '(' -> sequence(')');
      case '\'', '"' -> NODES.textNode(string());
      default -> c == '-' || c == '+' || c == '.' || Character.isDigit(c) ? number() : name();
    };
  }

  private ObjectNode dict() throws SyntaxError {
    ObjectNode dict = NODES.objectNode();
    pos++;
    while (!consume('}')) {
      JsonNode key = value();
      if (!key.isTextual()) {
        throw error("dict key is not a string");
      }
      expect(':');
      dict.set(key.textValue(), value());
      if (!consume(',')) {
        expect('}');
        break;
      }
    }
    return dict;
  }

  private ArrayNode sequence(char close) throws SyntaxError {
    ArrayNode list = NODES.arrayNode();
    pos++;
    while (!consume(close)) {
      list.add(value());
      if (!consume(',')) {
        expect(close);
        break;
      }
    }
    return list;
  }

  private String string() throws SyntaxError {
    char quote = text.charAt(pos++);
    StringBuilder out = new StringBuilder();
    while (pos < text.length()) {
      char c = text.charAt(pos++);
      if (c == quote) {
        return out.toString();
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= text.length()) {
        break;
      }
      char e = text.charAt(pos++);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case '0' -> out.append('\0');
        case 'x' -> out.appendCodePoint(hex(2));
        case 'u' -> out.appendCodePoint(hex(4));
        case 'U' -> out.appendCodePoint(hex(8));
        case '\\', '\'', '"' -> out.append(e);
        case '\n' -> {}
        default -> out.append('\\').append(e);
      }
    }
    throw error("unterminated string");
  }

  private int hex(int length) throws SyntaxError {
    if (pos + length > text.length()) {
      throw error("short escape");
    }
    try {
      int cp = Integer.parseInt(text.substring(pos, pos + length), 16);
      pos += length;
      return cp;
    } catch (NumberFormatException e) {
      throw error("bad escape");
    }
  }

  private JsonNode number() throws SyntaxError {
    int start = pos;
    while (pos < text.length() && "+-.eE_0123456789".indexOf(text.charAt(pos)) >= 0) {
      pos++;
    }
    String literal = text.substring(start, pos).replace("_", "");
    try {
      if (literal.matches("[+-]?\\d+")) {
        BigInteger value = new BigInteger(literal);
        return value.bitLength() < 32
            ? NODES.numberNode(value.intValue())
            : value.bitLength() < 64
                ? NODES.numberNode(value.longValue())
                : NODES.numberNode(value);
      }
      return NODES.numberNode(new BigDecimal(literal).doubleValue());
    } catch (NumberFormatException e) {
      throw error("bad number " + literal);
    }
  }

  private JsonNode name() throws SyntaxError {
    for (String name : new String[] {"True", "False", "None"}) {
      if (text.startsWith(name, pos)) {
        pos += name.length();
        return switch (name) {
          case "True" -> NODES.booleanNode(true);
          case "False" -> NODES.booleanNode(false);
          default -> NODES.nullNode();
        };
      }
    }
    throw error("not a literal");
  }

  private boolean consume(char c) {
    skipSpace();
    if (pos < text.length() && text.charAt(pos) == c) {
      pos++;
      return true;
    }
    return false;
  }

  private void expect(char c) throws SyntaxError {
    if (!consume(c)) {
      throw error("expected '" + c + "'");
    }
  }

  private void skipSpace() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
      pos++;
    }
  }

  private SyntaxError error(String what) {
    return new SyntaxError(what + " at offset " + pos);
  }
}
