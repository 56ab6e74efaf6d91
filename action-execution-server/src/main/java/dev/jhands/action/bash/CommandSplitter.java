package dev.jhands.action.bash;

import dev.jhands.action.execute.PythonStrings;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the agent's input into top-level commands, as OpenHands does with bashlex, to refuse
 * several at once: a chain ({@code &&}, {@code ;}, pipes), a compound command, a continued line or
 * a heredoc is one command; two lines that each stand alone are two. Input that cannot be parsed
 * comes back whole, to be sent as it is.
 *
 * <p>Unlike upstream, a comment is never a command of its own: it belongs to the command before it,
 * or to the first command when it leads.
 */
final class CommandSplitter {

  /**
   * The commands, and how many prompts the shell shows while it reads the input: one per line it
   * reads at the top level, a comment or blank line included (continuation lines show PS2).
   */
  record Split(List<String> commands, int prompts) {}

  private CommandSplitter() {}

  static Split split(String input) {
    if (PythonStrings.strip(input).isEmpty()) {
      return new Split(List.of(""), 1);
    }
    List<BashScanner.Segment> segments;
    try {
      segments = BashScanner.segments(input);
    } catch (BashScanner.Unparsable e) {
      return new Split(List.of(input), 1);
    }
    List<int[]> commands = new ArrayList<>();
    int leadingComment = -1;
    for (BashScanner.Segment segment : segments) {
      if (PythonStrings.strip(input.substring(segment.start(), segment.end())).isEmpty()) {
        continue;
      }
      if (segment.command()) {
        int start = leadingComment >= 0 ? leadingComment : segment.start();
        commands.add(new int[] {start, segment.end()});
        leadingComment = -1;
      } else if (!commands.isEmpty()) {
        commands.getLast()[1] = segment.end();
      } else if (leadingComment < 0) {
        leadingComment = segment.start();
      }
    }
    int prompts = Math.max(1, segments.size());
    if (commands.size() <= 1) {
      return new Split(List.of(input), prompts);
    }
    return new Split(
        commands.stream().map(c -> PythonStrings.strip(input.substring(c[0], c[1]))).toList(),
        prompts);
  }
}
