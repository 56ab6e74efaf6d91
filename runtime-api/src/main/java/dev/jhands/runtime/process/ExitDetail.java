package dev.jhands.runtime.process;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * Why a sandbox process ended, for {@code status_detail}: the exit code, what the shell's codes
 * mean, and the last lines of its output, so a command that is not found or crashes at once says so
 * on the first look instead of leaving the caller to guess.
 */
final class ExitDetail {

  private static final int TAIL_LINES = 5;
  private static final int TAIL_BYTES = 4096;

  private ExitDetail() {}

  static String of(int code, Path log) {
    String meaning =
        switch (code) {
          case 126 -> " (command not executable)";
          case 127 -> " (command not found)";
          default -> "";
        };
    String tail = tail(log);
    return "process exited with code " + code + meaning + (tail.isEmpty() ? "" : ": " + tail);
  }

  /** The last lines of the log, joined by " | ": it is one line of JSON in the end. */
  static String tail(Path log) {
    try (RandomAccessFile file = new RandomAccessFile(log.toFile(), "r")) {
      long from = Math.max(0, file.length() - TAIL_BYTES);
      byte[] bytes = new byte[(int) (file.length() - from)];
      file.seek(from);
      file.readFully(bytes);
      List<String> lines =
          Arrays.stream(new String(bytes, StandardCharsets.UTF_8).split("\n"))
              .map(String::strip)
              .filter(l -> !l.isEmpty())
              .toList();
      return String.join(
          " | ", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
    } catch (IOException e) {
      return "";
    }
  }
}
