package dev.jhands.action.bash;

import dev.jhands.action.execute.PythonStrings;

/**
 * The output of one command in bounded memory: the first half of the character budget, and a ring
 * holding the last half (plus some slack for the whitespace {@code rstrip} removes). A command that
 * prints gigabytes costs no more than one that prints the budget, and its text is the one OpenHands
 * would show: the head, the truncation notice, the tail. Counts code points, as Python's {@code
 * len} does.
 */
final class OutputWindow {

  /** The notice OpenHands puts where it cut the middle out; cutting again changes nothing. */
  static final String TRUNCATION_NOTICE = "\n[... Observation truncated due to length ...]\n";

  // Trailing whitespace is stripped after the cut would have been made in OpenHands, so the tail
  // keeps a little more than half: the usual final newlines then cost nothing of the tail.
  private static final int SLACK = 4096;

  private final int budget;
  private final int half;
  private final int tailCapacity;
  private final StringBuilder head = new StringBuilder();
  private int headCount;
  private int[] tail = new int[0];
  private int tailStart;
  private int tailSize;
  private long dropped;

  OutputWindow(int budget) {
    if (budget < 2) {
      throw new IllegalArgumentException("budget must be at least 2, not " + budget);
    }
    this.budget = budget;
    this.half = budget / 2;
    this.tailCapacity = budget - half + SLACK;
  }

  int budget() {
    return budget;
  }

  /** How many characters are held, whatever was appended. */
  int retained() {
    return head.length() + tail.length;
  }

  boolean isEmpty() {
    return headCount == 0 && tailSize == 0;
  }

  void append(CharSequence text) {
    append(text, 0, text.length());
  }

  void append(CharSequence text, int from, int to) {
    int i = from;
    while (i < to) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (headCount < half) {
        head.appendCodePoint(cp);
        headCount++;
      } else {
        push(cp);
      }
    }
  }

  void append(OutputWindow other) {
    append(other.raw());
  }

  /** The output, right-stripped as OpenHands does, its middle cut out if it exceeds the budget. */
  String text() {
    if (dropped == 0) {
      return cut(PythonStrings.rstrip(raw()));
    }
    String end = PythonStrings.rstrip(tailText());
    int from = end.length();
    for (int n = 0; n < half && from > 0; n++) {
      from = end.offsetByCodePoints(from, -1);
    }
    return head + TRUNCATION_NOTICE + end.substring(from);
  }

  private String cut(String text) {
    if (text.codePointCount(0, text.length()) <= budget) {
      return text;
    }
    return text.substring(0, text.offsetByCodePoints(0, half))
        + TRUNCATION_NOTICE
        + text.substring(text.offsetByCodePoints(text.length(), -half));
  }

  private String raw() {
    return dropped == 0 ? head + tailText() : head + TRUNCATION_NOTICE + tailText();
  }

  private String tailText() {
    StringBuilder text = new StringBuilder(tailSize);
    for (int i = 0; i < tailSize; i++) {
      text.appendCodePoint(tail[(tailStart + i) % tail.length]);
    }
    return text.toString();
  }

  private void push(int cp) {
    if (tailSize == tail.length && tail.length < tailCapacity) {
      grow();
    }
    if (tailSize < tail.length) {
      int at = tailStart + tailSize;
      tail[at < tail.length ? at : at - tail.length] = cp;
      tailSize++;
    } else {
      tail[tailStart] = cp;
      tailStart = tailStart + 1 == tail.length ? 0 : tailStart + 1;
      dropped++;
    }
  }

  // The ring grows on demand, so the many small outputs never pay for the budget.
  private void grow() {
    int[] bigger = new int[Math.min(tailCapacity, Math.max(256, tail.length * 2))];
    for (int i = 0; i < tailSize; i++) {
      bigger[i] = tail[(tailStart + i) % tail.length];
    }
    tail = bigger;
    tailStart = 0;
  }
}
