package dev.jhands.action.file;

import java.util.ArrayList;
import java.util.List;

/**
 * Line arithmetic shared by the server's read/write and the editor, following Python's text files:
 * universal newlines on read, lines that keep their {@code \n}, and OpenHands' {@code read_lines}
 * and {@code insert_lines} with Python's slice rules (negative indexes count from the end).
 */
final class Lines {

  private Lines() {}

  /** {@code \r\n} and lone {@code \r} become {@code \n}, as Python's text mode reads them. */
  static String universal(String raw) {
    return raw.indexOf('\r') < 0 ? raw : raw.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** {@code \r\n} when most line breaks are, else {@code \n}. */
  static String dominantNewline(String raw) {
    int crlf = 0;
    int lf = 0;
    for (int i = raw.indexOf('\n'); i >= 0; i = raw.indexOf('\n', i + 1)) {
      if (i > 0 && raw.charAt(i - 1) == '\r') {
        crlf++;
      } else {
        lf++;
      }
    }
    return crlf > lf ? "\r\n" : "\n";
  }

  /** The lines of {@code \n}-only text, each with its {@code \n}; Python's {@code readlines()}. */
  static List<String> withEnds(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', start)) {
      lines.add(text.substring(start, i + 1));
      start = i + 1;
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }

  static int count(String text) {
    return withEnds(text).size();
  }

  /** Lines {@code first..last} (1-based, inclusive) of the text, joined. */
  static String range(String text, int first, int last) {
    List<String> lines = withEnds(text);
    int from = Math.max(0, first - 1);
    int to = Math.min(lines.size(), last);
    return from >= to ? "" : String.join("", lines.subList(from, to));
  }

  /** OpenHands' {@code read_lines}: 0-based {@code start}, exclusive {@code end}, -1 = EOF. */
  static List<String> read(List<String> all, int start, int end) {
    int n = all.size();
    start = Math.min(Math.max(start, 0), n);
    end = end == -1 ? -1 : Math.min(Math.max(end, 0), n);
    if (end == -1) {
      return start == 0 ? all : all.subList(start, n);
    }
    int begin = Math.max(0, Math.min(start, n - 2));
    return slice(all, begin, Math.max(begin + 1, end));
  }

  /**
   * OpenHands' {@code insert_lines}: {@code original[:start]} (nothing when start is 0), each new
   * line with {@code \n}, then {@code original[end:]} (nothing when end is -1).
   */
  static List<String> insert(List<String> toInsert, List<String> original, int start, int end) {
    List<String> result = new ArrayList<>();
    if (start != 0) {
      result.addAll(slice(original, 0, start));
    }
    toInsert.forEach(line -> result.add(line + "\n"));
    if (end != -1) {
      result.addAll(slice(original, end, original.size()));
    }
    return result;
  }

  /** Python's {@code list[from:to]}. */
  static <T> List<T> slice(List<T> list, int from, int to) {
    int n = list.size();
    int a = clamp(from < 0 ? from + n : from, n);
    int b = clamp(to < 0 ? to + n : to, n);
    return a >= b ? List.of() : list.subList(a, b);
  }

  private static int clamp(int index, int n) {
    return Math.max(0, Math.min(index, n));
  }

  /** Python's {@code str.split('\n')}: every piece, trailing empty ones included. */
  static List<String> split(String text) {
    return List.of(text.split("\n", -1));
  }

  /**
   * Python's {@code '\n'.join(text.splitlines())}: line breaks of every kind become one {@code \n}.
   */
  static String splitlinesJoined(String text) {
    String joined =
        text.replaceAll("\r\n|[\r\u000B\u000C\u001C\u001D\u001E\u0085\u2028\u2029]", "\n");
    return joined.endsWith("\n") ? joined.substring(0, joined.length() - 1) : joined;
  }
}
