package dev.jhands.action.file;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code diff} of an edit observation, as OpenHands' {@code get_diff} makes it with Python's
 * difflib: texts split on {@code \n}, no context lines, every line right-stripped, "" when nothing
 * changed.
 */
final class UnifiedDiff {

  private UnifiedDiff() {}

  static String of(String before, String after, String path) {
    List<String> a = Lines.split(before);
    List<String> b = Lines.split(after);
    List<Hunk> hunks = hunks(DiffUtils.diff(a, b).getDeltas());
    if (hunks.isEmpty()) {
      return "";
    }
    List<String> out = new ArrayList<>();
    out.add("--- " + path);
    out.add("+++ " + path);
    for (Hunk hunk : hunks) {
      out.add("@@ -" + range(hunk.from, hunk.fromEnd) + " +" + range(hunk.to, hunk.toEnd) + " @@");
      a.subList(hunk.from, hunk.fromEnd).forEach(line -> out.add("-" + line));
      b.subList(hunk.to, hunk.toEnd).forEach(line -> out.add("+" + line));
    }
    return String.join("\n", out.stream().map(String::stripTrailing).toList());
  }

  /** One changed region: {@code [from, fromEnd)} of the old lines became {@code [to, toEnd)}. */
  private record Hunk(int from, int fromEnd, int to, int toEnd) {}

  // With no context, difflib makes one hunk per run of changes; touching deltas are one run.
  private static List<Hunk> hunks(List<AbstractDelta<String>> deltas) {
    List<Hunk> hunks = new ArrayList<>();
    for (AbstractDelta<String> delta : deltas) {
      int from = delta.getSource().getPosition();
      int to = delta.getTarget().getPosition();
      Hunk hunk =
          new Hunk(from, from + delta.getSource().size(), to, to + delta.getTarget().size());
      Hunk last = hunks.isEmpty() ? null : hunks.getLast();
      if (last != null && last.fromEnd == hunk.from && last.toEnd == hunk.to) {
        hunks.set(hunks.size() - 1, new Hunk(last.from, hunk.fromEnd, last.to, hunk.toEnd));
      } else {
        hunks.add(hunk);
      }
    }
    return hunks;
  }

  /** difflib's range: "start" for one line, "start,length" otherwise, the line before if empty. */
  private static String range(int start, int end) {
    int length = end - start;
    if (length == 1) {
      return Integer.toString(start + 1);
    }
    return (length == 0 ? start : start + 1) + "," + length;
  }
}
