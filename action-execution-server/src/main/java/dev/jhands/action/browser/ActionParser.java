package dev.jhands.action.browser;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a {@code browser_actions} string: BrowserGym calls such as {@code fill('5', "hi")}, one per
 * line or separated by {@code ;}, with Python string, number, {@code True}/{@code False}/{@code
 * None} and list arguments, positional or by keyword. BrowserGym {@code exec}s the string as
 * Python; the server only ever reads it, so nothing but these calls can run.
 */
final class ActionParser {

  private final String src;
  private int pos;

  private ActionParser(String src) {
    this.src = src;
  }

  /** The calls in order; a syntax error anywhere means none of them runs, as in Python. */
  static List<BrowserCall> parse(String source) throws BrowserGymError {
    return new ActionParser(source).program();
  }

  private List<BrowserCall> program() throws BrowserGymError {
    List<BrowserCall> calls = new ArrayList<>();
    while (true) {
      skip(true);
      if (pos >= src.length()) {
        return calls;
      }
      calls.add(call());
      skip(false);
      if (pos < src.length() && src.charAt(pos) != '\n' && src.charAt(pos) != ';') {
        throw error("expected a new line or ';' after a call");
      }
    }
  }

  private BrowserCall call() throws BrowserGymError {
    int line = line(pos);
    String name = identifier();
    if (name == null) {
      throw error("expected a BrowserGym function call such as click('12')");
    }
    skip(false);
    if (peek() == '.') {
      throw error("only BrowserGym functions can be called, not '" + name + ".…'");
    }
    expect('(');
    List<Object> args = new ArrayList<>();
    Map<String, Object> kwargs = new LinkedHashMap<>();
    skip(true);
    while (peek() != ')') {
      int start = pos;
      String keyword = identifier();
      skip(true);
      if (keyword != null && peek() == '=' && !src.startsWith("==", pos)) {
        pos++;
        if (kwargs.put(keyword, value()) != null) {
          throw error("keyword argument repeated: " + keyword);
        }
      } else {
        pos = start;
        if (!kwargs.isEmpty()) {
          throw error("positional argument follows keyword argument");
        }
        args.add(value());
      }
      skip(true);
      if (peek() == ',') {
        pos++;
        skip(true);
      } else if (peek() != ')') {
        throw error("expected ',' or ')'");
      }
    }
    pos++;
    return new BrowserCall(name, args, kwargs, line);
  }

  private Object value() throws BrowserGymError {
    skip(true);
    char c = peek();
    if (c == '[' || c == '(') {
      return list(c == '[' ? ']' : ')');
    }
    int start = pos;
    try {
      if (c == '-' || c == '+' || c == '.' || Character.isDigit(c)) {
        PythonLiterals.Read number = PythonLiterals.number(src, pos);
        pos = number.end();
        return number.value();
      }
      if (PythonLiterals.stringStartsAt(src, pos)) {
        StringBuilder joined = new StringBuilder();
        // Adjacent literals concatenate, as in Python: "a" 'b' is "ab".
        do {
          PythonLiterals.Read string = PythonLiterals.string(src, pos);
          joined.append(string.value());
          pos = string.end();
          skip(true);
        } while (PythonLiterals.stringStartsAt(src, pos));
        return joined.toString();
      }
    } catch (IllegalArgumentException e) {
      pos = start;
      throw error(e.getMessage());
    }
    String name = identifier();
    return switch (name == null ? "" : name) {
      case "True" -> Boolean.TRUE;
      case "False" -> Boolean.FALSE;
      case "None" -> null;
      case "" -> throw error("expected a value");
      default ->
          throw error(
              "'"
                  + name
                  + "' is not a literal: arguments are strings, numbers, lists or True/False/None");
    };
  }

  private List<Object> list(char close) throws BrowserGymError {
    pos++;
    List<Object> items = new ArrayList<>();
    skip(true);
    while (peek() != close) {
      items.add(value());
      skip(true);
      if (peek() == ',') {
        pos++;
        skip(true);
      } else if (peek() != close) {
        throw error("expected ',' or '" + close + "'");
      }
    }
    pos++;
    return items;
  }

  private String identifier() {
    int start = pos;
    while (pos < src.length()
        && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '_')
        && !(pos == start && Character.isDigit(src.charAt(pos)))) {
      pos++;
    }
    return pos == start ? null : src.substring(start, pos);
  }

  // Spaces and comments; new lines and ';' too where a statement may end or a bracket is open.
  private void skip(boolean newLines) {
    while (pos < src.length()) {
      char c = src.charAt(pos);
      if (c == '#') {
        while (pos < src.length() && src.charAt(pos) != '\n') {
          pos++;
        }
      } else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
        pos++;
      } else if (c == '\\' && src.startsWith("\n", pos + 1)) {
        pos += 2;
      } else if (newLines && (c == '\n' || c == ';')) {
        pos++;
      } else {
        return;
      }
    }
  }

  private void expect(char c) throws BrowserGymError {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private char peek() {
    return pos < src.length() ? src.charAt(pos) : '\0';
  }

  private int line(int at) {
    return (int) src.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  private BrowserGymError error(String what) {
    int column = pos - src.lastIndexOf('\n', Math.max(pos - 1, 0));
    String at = pos >= src.length() ? "end of input" : "line " + line(pos) + ", column " + column;
    return new BrowserGymError("SyntaxError", what + " (" + at + ")");
  }
}
