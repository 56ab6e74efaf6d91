package dev.jhands.action.ipython;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns a {@link CellResult} into the observation's content and image URLs, as OpenHands words
 * them.
 */
final class CellText {

  static final String NO_OUTPUT = "[Code executed successfully with no output]";
  static final String RESTARTED =
      "[The IPython kernel had stopped and was restarted: variables and imports from earlier cells"
          + " are gone.]";
  static final String DIED =
      "[The IPython kernel died while running this cell; the next cell starts a new kernel.]";
  static final String STOPPED_AFTER_TIMEOUT =
      "[The kernel did not stop when interrupted, so it was shut down; the next cell starts a new"
          + " kernel.]";

  // Any CSI sequence: %colors nocolor leaves few, but a cell may print its own.
  private static final Pattern ANSI = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private CellText() {}

  static String content(
      CellResult result, boolean includeExtra, Path cwd, String python, Duration timeout) {
    StringBuilder text = new StringBuilder();
    if (result.restarted()) {
      text.append(RESTARTED).append('\n');
    }
    text.append(body(result, timeout));
    String content = stripAnsi(text.toString()).stripTrailing();
    if (includeExtra) {
      content +=
          "\n[Jupyter current working directory: "
              + cwd
              + "]\n[Jupyter Python interpreter: "
              + python
              + "]";
    }
    return content;
  }

  /** {@code data:} URLs, or null when there are none (OpenHands sends null, not []). */
  static List<String> imageUrls(CellResult result) {
    // OpenHands drops a timed-out cell's images along with its text.
    if (result.pngs().isEmpty() || result.status() == CellResult.Status.TIMED_OUT) {
      return null;
    }
    return result.pngs().stream()
        .map(png -> "data:image/png;base64," + WHITESPACE.matcher(png).replaceAll(""))
        .toList();
  }

  private static String body(CellResult result, Duration timeout) {
    String output = String.join("", result.texts());
    return switch (result.status()) {
      case FINISHED -> result.texts().isEmpty() ? NO_OUTPUT : output;
      case TIMED_OUT -> {
        String timedOut = "[Execution timed out (" + seconds(timeout) + " seconds).]";
        yield result.kernelStopped() ? timedOut + "\n" + STOPPED_AFTER_TIMEOUT : timedOut;
      }
      case DIED -> output.isEmpty() ? DIED : output.stripTrailing() + "\n" + DIED;
    };
  }

  static String stripAnsi(String text) {
    return ANSI.matcher(text).replaceAll("");
  }

  /** Seconds as Python prints a float: {@code 120.0}, {@code 2.5}. */
  static String seconds(Duration timeout) {
    BigDecimal seconds =
        BigDecimal.valueOf(timeout.toMillis()).movePointLeft(3).stripTrailingZeros();
    return seconds.scale() <= 0 ? seconds.toBigInteger() + ".0" : seconds.toPlainString();
  }
}
