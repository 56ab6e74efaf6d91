package dev.jhands.action.bash;

import java.util.regex.Pattern;

/**
 * Reads one bash word for {@link BashScanner}: quotes, escapes and expansions are followed to their
 * end (a {@code $(...)} by a nested scanner), and the word's text is kept with its quotes removed,
 * which is what a heredoc delimiter is compared with.
 */
final class Words {

  /** A word's unquoted text; {@code plain} when nothing in it was quoted or expanded. */
  record Word(String text, boolean plain) {}

  private static final String METACHARACTERS = " \t\n;&|<>()";
  private static final Pattern ASSIGNMENT =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\[[^]]*])?\\+?=");

  private final BashScanner scanner;

  Words(BashScanner scanner) {
    this.scanner = scanner;
  }

  Word read() {
    return read(false);
  }

  /** After {@code ((}: up to and past the matching {@code ))}. */
  void arithmetic() {
    scanner.pos(arithmeticEnd(scanner.pos()));
  }

  /** After {@code [[}: up to and past the word {@code ]]}; parentheses and operators are plain. */
  void conditional() {
    String s = scanner.input();
    while (true) {
      int pos = scanner.pos();
      while (pos < s.length() && " \t\n".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
      if (pos >= s.length()) {
        throw scanner.fail("unclosed [[");
      }
      scanner.pos(pos);
      Word word = read(true);
      if (word.plain() && word.text().equals("]]")) {
        return;
      }
    }
  }

  private Word read(boolean loose) {
    String s = scanner.input();
    int pos = scanner.pos();
    StringBuilder text = new StringBuilder();
    boolean plain = true;
    while (pos < s.length()) {
      char c = s.charAt(pos);
      if (c == '(' && (ASSIGNMENT.matcher(text).matches() || isGlobOperator(text))) {
        // An array assignment a=(1 2) or an extended glob @(x|y): one word, newlines included.
        int end = balancedEnd(pos);
        text.append(s, pos, end);
        pos = end;
        plain = false;
        continue;
      }
      if (loose ? " \t\n".indexOf(c) >= 0 : METACHARACTERS.indexOf(c) >= 0) {
        break;
      }
      int end =
          switch (c) {
            case '\\' -> escaped(pos, text);
            case '\'' -> singleQuotedEnd(pos, text);
            case '"' -> doubleQuotedEnd(pos, text);
            case '`' -> raw(pos, backtickEnd(pos), text);
            case '$' -> raw(pos, dollarEnd(pos), text);
            default -> {
              text.append(c);
              yield pos + 1;
            }
          };
      plain &= c != '\\' && c != '\'' && c != '"' && c != '`' && c != '$';
      pos = end;
    }
    scanner.pos(pos);
    return new Word(text.toString(), plain);
  }

  private static boolean isGlobOperator(CharSequence text) {
    return !text.isEmpty() && "?*+@!".indexOf(text.charAt(text.length() - 1)) >= 0;
  }

  private int raw(int start, int end, StringBuilder text) {
    text.append(scanner.input(), start, end);
    return end;
  }

  // A backslash-newline joins lines; any other escaped character is itself.
  private int escaped(int pos, StringBuilder text) {
    String s = scanner.input();
    if (pos + 1 >= s.length()) {
      text.append('\\');
      return pos + 1;
    }
    if (s.charAt(pos + 1) != '\n') {
      text.append(s.charAt(pos + 1));
    }
    return pos + 2;
  }

  private int singleQuotedEnd(int pos, StringBuilder text) {
    int close = scanner.input().indexOf('\'', pos + 1);
    if (close < 0) {
      throw scanner.fail("unclosed '");
    }
    text.append(scanner.input(), pos + 1, close);
    return close + 1;
  }

  private int doubleQuotedEnd(int pos, StringBuilder text) {
    String s = scanner.input();
    int i = pos + 1;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '"') {
        return i + 1;
      } else if (c == '\\' && i + 1 < s.length()) {
        char next = s.charAt(i + 1);
        if ("$`\"\\".indexOf(next) < 0 && next != '\n') {
          text.append(c);
        }
        if (next != '\n') {
          text.append(next);
        }
        i += 2;
      } else if (c == '$') {
        i = raw(i, dollarEnd(i), text);
      } else if (c == '`') {
        i = raw(i, backtickEnd(i), text);
      } else {
        text.append(c);
        i++;
      }
    }
    throw scanner.fail("unclosed \"");
  }

  private int backtickEnd(int pos) {
    String s = scanner.input();
    for (int i = pos + 1; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '`') {
        return i + 1;
      }
    }
    throw scanner.fail("unclosed `");
  }

  private int dollarEnd(int pos) {
    String s = scanner.input();
    int i = pos + 1;
    if (i >= s.length()) {
      return i;
    }
    return switch (s.charAt(i)) {
      case '(' ->
          s.startsWith("((", i) ? arithmeticEnd(i + 2) : BashScanner.substitutionEnd(s, i + 1);
      case '{' -> bracedEnd(i, '{', '}');
      case '[' -> bracedEnd(i, '[', ']');
      case '\'' -> ansiQuotedEnd(i);
      case '"' -> doubleQuotedEnd(i, new StringBuilder());
      default -> i;
    };
  }

  // ${...} and $[...]: nested pairs, quotes and expansions inside.
  private int bracedEnd(int open, char opening, char closing) {
    String s = scanner.input();
    int depth = 0;
    int i = open;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == opening) {
        depth++;
        i++;
      } else if (c == closing) {
        if (--depth == 0) {
          return i + 1;
        }
        i++;
      } else {
        i = skipQuotedOrExpanded(i);
      }
    }
    throw scanner.fail("unclosed $" + opening);
  }

  private int ansiQuotedEnd(int quote) {
    String s = scanner.input();
    for (int i = quote + 1; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == '\'') {
        return i + 1;
      }
    }
    throw scanner.fail("unclosed $'");
  }

  private int arithmeticEnd(int from) {
    String s = scanner.input();
    int depth = 0;
    int i = from;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
        i++;
      } else if (c == ')') {
        if (depth > 0) {
          depth--;
          i++;
        } else if (s.startsWith("))", i)) {
          return i + 2;
        } else {
          throw scanner.fail("unbalanced ) in arithmetic");
        }
      } else {
        i = skipQuotedOrExpanded(i);
      }
    }
    throw scanner.fail("unclosed ((");
  }

  // a=(...) and @(...): parentheses to the matching one.
  private int balancedEnd(int open) {
    String s = scanner.input();
    int depth = 0;
    int i = open;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '(') {
        depth++;
        i++;
      } else if (c == ')') {
        if (--depth == 0) {
          return i + 1;
        }
        i++;
      } else {
        i = skipQuotedOrExpanded(i);
      }
    }
    throw scanner.fail("unclosed (");
  }

  private int skipQuotedOrExpanded(int i) {
    StringBuilder ignored = new StringBuilder();
    return switch (scanner.input().charAt(i)) {
      case '\\' -> Math.min(i + 2, scanner.input().length());
      case '\'' -> singleQuotedEnd(i, ignored);
      case '"' -> doubleQuotedEnd(i, ignored);
      case '`' -> backtickEnd(i);
      case '$' -> dollarEnd(i);
      default -> i + 1;
    };
  }
}
