package dev.jhands.action.bash;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds where bash's top-level commands end in a piece of input, without running anything. Enough
 * of the grammar to know when a newline ends a command and when it does not: quotes and escapes,
 * {@code $(...)} (scanned recursively), {@code ${...}}, arithmetic, backticks, comments, heredocs
 * ({@code <<-} and quoted delimiters), line continuations, lines ending in {@code &&}, {@code ||}
 * or a pipe, and compound commands (if, for, while, until, select, case, braces, subshells,
 * function definitions, {@code [[ ]]}). Input it cannot follow raises {@link Unparsable}.
 */
final class BashScanner {

  /** Input this scanner cannot follow: a syntax error, or an unfinished construct. */
  static final class Unparsable extends RuntimeException {
    Unparsable(String why, int position) {
      super(why + " at " + position, null, false, false);
    }
  }

  /** A stretch of input between top-level command ends; {@code command} is false for comments. */
  record Segment(int start, int end, boolean command) {}

  private enum Kind {
    IF,
    LOOP,
    CASE,
    BRACE,
    GROUP,
    SUBSTITUTION
  }

  private enum CasePart {
    SUBJECT,
    IN,
    PATTERN,
    BODY
  }

  private static final class Frame {
    final Kind kind;
    CasePart part = CasePart.SUBJECT;

    Frame(Kind kind) {
      this.kind = kind;
    }
  }

  private record Heredoc(String delimiter, boolean stripTabs) {}

  private final String s;
  private final boolean nested;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private final List<Heredoc> heredocs = new ArrayList<>();
  private final List<Segment> segments = new ArrayList<>();
  private final Words words = new Words(this);
  private int pos;
  private boolean commandStart = true;
  private boolean continued;
  private boolean afterCommandName;
  private int segmentStart;
  private boolean segmentHasCommand;

  private BashScanner(String s, int pos, boolean nested) {
    this.s = s;
    this.pos = pos;
    this.nested = nested;
    this.segmentStart = pos;
    if (nested) {
      stack.push(new Frame(Kind.SUBSTITUTION));
    }
  }

  /** The top-level segments of {@code input}. */
  static List<Segment> segments(String input) {
    BashScanner scanner = new BashScanner(input, 0, false);
    scanner.run();
    return scanner.segments;
  }

  /** Where the {@code $(...)} whose body starts at {@code start} ends (after its ')'). */
  static int substitutionEnd(String input, int start) {
    BashScanner scanner = new BashScanner(input, start, true);
    scanner.run();
    return scanner.pos;
  }

  String input() {
    return s;
  }

  int pos() {
    return pos;
  }

  void pos(int position) {
    pos = position;
  }

  Unparsable fail(String why) {
    return new Unparsable(why, pos);
  }

  private void run() {
    while (true) {
      if (pos >= s.length()) {
        end();
        return;
      }
      char c = s.charAt(pos);
      if (c == '\n') {
        newline();
      } else if (c == ' ' || c == '\t') {
        pos++;
      } else if (c == '\\' && pos + 1 < s.length() && s.charAt(pos + 1) == '\n') {
        pos += 2;
      } else if (c == '#') {
        int eol = s.indexOf('\n', pos);
        pos = eol < 0 ? s.length() : eol;
      } else if (casePart() == CasePart.PATTERN) {
        pattern();
      } else if (c == ')' && closes()) {
        if (nested && stack.isEmpty()) {
          return;
        }
      } else if (!operator()) {
        word();
      }
    }
  }

  private void end() {
    if (nested) {
      throw fail("unclosed $(");
    }
    if (!stack.isEmpty() || continued) {
      throw fail("unfinished " + (stack.isEmpty() ? "pipeline or list" : stack.peek().kind));
    }
    if (segmentStart < s.length()) {
      segments.add(new Segment(segmentStart, s.length(), segmentHasCommand));
    }
  }

  private void newline() {
    pos++;
    if (!heredocs.isEmpty()) {
      heredocBodies();
    }
    if (!nested && stack.isEmpty() && !continued) {
      segments.add(new Segment(segmentStart, pos, segmentHasCommand));
      segmentStart = pos;
      segmentHasCommand = false;
    }
    commandStart = true;
    afterCommandName = false;
  }

  private void heredocBodies() {
    for (Heredoc heredoc : heredocs) {
      while (pos < s.length()) {
        int eol = s.indexOf('\n', pos);
        String line = eol < 0 ? s.substring(pos) : s.substring(pos, eol);
        pos = eol < 0 ? s.length() : eol + 1;
        if (heredoc.stripTabs()) {
          line = line.replaceFirst("^\t+", "");
        }
        if (line.equals(heredoc.delimiter())) {
          break;
        }
      }
    }
    heredocs.clear();
  }

  private boolean closes() {
    Frame top = stack.peek();
    if (top == null || (top.kind != Kind.GROUP && top.kind != Kind.SUBSTITUTION)) {
      throw fail("unexpected )");
    }
    stack.pop();
    pos++;
    token(false);
    return true;
  }

  // Operators; false when a word starts here.
  private boolean operator() {
    boolean functionParens = afterCommandName;
    afterCommandName = false;
    if (startsWith("&&") || startsWith("||") || startsWith("|&")) {
      pos += 2;
      listContinues();
    } else if (startsWith(";;&") || startsWith(";;") || startsWith(";&")) {
      if (casePart() != CasePart.BODY) {
        throw fail("';;' outside case");
      }
      pos += startsWith(";;&") ? 3 : 2;
      stack.peek().part = CasePart.PATTERN;
      token(false);
    } else if (startsWith("|")) {
      pos++;
      listContinues();
    } else if (startsWith(";") || (startsWith("&") && !startsWith("&>"))) {
      pos++;
      continued = false;
      token(true);
    } else if (startsWith("<(") || startsWith(">(")) {
      pos = substitutionEnd(s, pos + 2);
      token(false);
    } else if (startsWith("<<<")) {
      pos += 3;
      token(commandStart);
    } else if (startsWith("<<")) {
      boolean stripTabs = startsWith("<<-");
      pos += stripTabs ? 3 : 2;
      skipBlanks();
      String delimiter = words.read().text();
      if (delimiter.isEmpty()) {
        throw fail("heredoc without delimiter");
      }
      heredocs.add(new Heredoc(delimiter, stripTabs));
      token(commandStart);
    } else if (startsWith("&>") || startsWith("<") || startsWith(">")) {
      pos++;
      while (pos < s.length() && "<>&|-".indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
      token(commandStart);
    } else if (startsWith("(")) {
      openParen(functionParens);
    } else {
      return false;
    }
    return true;
  }

  private void openParen(boolean functionParens) {
    if (commandStart && startsWith("((")) {
      pos += 2;
      words.arithmetic();
      token(false);
    } else if (commandStart) {
      pos++;
      stack.push(new Frame(Kind.GROUP));
      token(true);
    } else if (functionParens) {
      pos++;
      skipBlanks();
      if (!startsWith(")")) {
        throw fail("expected ) of a function definition");
      }
      pos++;
      token(true);
      continued = true;
    } else {
      throw fail("unexpected (");
    }
  }

  private void listContinues() {
    token(true);
    continued = true;
  }

  private void word() {
    boolean atStart = commandStart;
    afterCommandName = false;
    Words.Word word = words.read();
    continued = false;
    token(false);
    Frame top = stack.peek();
    if (top != null && top.kind == Kind.CASE && top.part == CasePart.SUBJECT) {
      top.part = CasePart.IN;
    } else if (top != null && top.kind == Kind.CASE && top.part == CasePart.IN) {
      if (!word.plain() || !word.text().equals("in")) {
        throw fail("expected 'in' after case");
      }
      top.part = CasePart.PATTERN;
    } else if (!(atStart && word.plain() && keyword(word.text()))) {
      afterCommandName = atStart;
    }
  }

  // A reserved word at the start of a command; false for any other word.
  private boolean keyword(String word) {
    switch (word) {
      case "if" -> open(Kind.IF, true);
      case "then", "else", "elif" -> expect(Kind.IF, true);
      case "fi" -> close(Kind.IF);
      case "while", "until" -> open(Kind.LOOP, true);
      case "for", "select" -> {
        open(Kind.LOOP, false);
        skipBlanks();
        if (startsWith("((")) {
          pos += 2;
          words.arithmetic();
        }
      }
      case "do" -> expect(Kind.LOOP, true);
      case "done" -> close(Kind.LOOP);
      case "case" -> open(Kind.CASE, false);
      case "esac" -> close(Kind.CASE);
      case "{" -> open(Kind.BRACE, true);
      case "}" -> close(Kind.BRACE);
      case "!", "time" -> commandStart = true;
      case "[[" -> words.conditional();
      case "function" -> {
        skipBlanks();
        words.read();
        skipBlanks();
        if (startsWith("()")) {
          pos += 2;
        }
        commandStart = true;
        continued = true;
      }
      default -> {
        return false;
      }
    }
    return true;
  }

  private void open(Kind kind, boolean startsCommand) {
    stack.push(new Frame(kind));
    commandStart = startsCommand;
  }

  private void expect(Kind kind, boolean startsCommand) {
    if (stack.isEmpty() || stack.peek().kind != kind) {
      throw fail("reserved word outside " + kind);
    }
    commandStart = startsCommand;
  }

  private void close(Kind kind) {
    expect(kind, false);
    stack.pop();
  }

  // One case item's patterns up to ')', or the esac that ends the case.
  private void pattern() {
    token(false);
    int start = pos;
    Words.Word first = startsWith("(") ? null : words.read();
    if (first != null && first.plain() && first.text().equals("esac")) {
      stack.pop();
      commandStart = false;
      return;
    }
    pos = start;
    if (startsWith("(")) {
      pos++;
    }
    while (true) {
      skipBlanks();
      words.read();
      skipBlanks();
      if (startsWith("|")) {
        pos++;
      } else if (startsWith(")")) {
        pos++;
        stack.peek().part = CasePart.BODY;
        commandStart = true;
        return;
      } else {
        throw fail("expected ) after a case pattern");
      }
    }
  }

  private CasePart casePart() {
    Frame top = stack.peek();
    return top != null && top.kind == Kind.CASE ? top.part : null;
  }

  private void token(boolean startsCommand) {
    segmentHasCommand = true;
    commandStart = startsCommand;
  }

  void skipBlanks() {
    while (pos < s.length() && (s.charAt(pos) == ' ' || s.charAt(pos) == '\t')) {
      pos++;
    }
  }

  boolean startsWith(String text) {
    return s.startsWith(text, pos);
  }
}
