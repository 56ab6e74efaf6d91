package dev.jhands.action.browser;

import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.TimeoutError;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Playwright's errors as the Python client words them ({@code "TimeoutError: Timeout 3000ms
 * exceeded.\nCall log: ..."}): the Java client wraps the same message in the driver's stack trace,
 * which would only cost the agent tokens.
 */
final class PlaywrightErrors {

  private static final Pattern MESSAGE =
      Pattern.compile("message='(.*?)\\n\\s*name='", Pattern.DOTALL);
  private static final int MAX_LOG_LINES = 12;

  private PlaywrightErrors() {}

  static String describe(PlaywrightException e) {
    return asError(e).describe();
  }

  static BrowserGymError asError(PlaywrightException e) {
    String text = String.valueOf(e.getMessage());
    StringBuilder message = new StringBuilder(message(text));
    int log = text.indexOf("\nCall log:\n");
    if (log >= 0) {
      List<String> lines =
          text.substring(log + "\nCall log:\n".length())
              .lines()
              .map(line -> line.startsWith("- ") ? line.substring(1) : line)
              .filter(line -> !line.isBlank())
              .limit(MAX_LOG_LINES)
              .collect(Collectors.toList());
      message.append("\nCall log:\n").append(String.join("\n", lines));
    }
    return new BrowserGymError(
        e instanceof TimeoutError ? "TimeoutError" : "Error", message.toString());
  }

  static String firstLine(PlaywrightException e) {
    return message(String.valueOf(e.getMessage())).lines().findFirst().orElse("").strip();
  }

  private static String message(String text) {
    Matcher m = MESSAGE.matcher(text);
    String message = m.find() ? m.group(1) : text.lines().findFirst().orElse(text);
    // A page's own exception comes with its JavaScript stack; its first line says it all.
    return message.startsWith("Error: ")
        ? message.lines().findFirst().orElse(message)
        : message.strip();
  }
}
