package dev.jhands.action.file;

import java.util.List;
import java.util.stream.Collectors;

/**
 * An editor failure the agent should read: the handlers turn it into {@code "ERROR:\n" + message}.
 * The factories produce OHEditor's exact sentences, which agents have been prompted with.
 */
final class ToolError extends Exception {

  ToolError(String message) {
    super(message, null, false, false);
  }

  static ToolError missing(String command, String parameter) {
    return new ToolError("Parameter `" + parameter + "` is required for command: " + command + ".");
  }

  static ToolError invalid(String parameter, Object value, String hint) {
    return new ToolError(
        "Invalid `" + parameter + "` parameter: " + pythonRepr(value) + ". " + hint);
  }

  static ToolError validation(Object path, String reason) {
    return new ToolError("File validation failed for " + path + ": " + reason);
  }

  /** Values as Python prints them in an f-string, which is how the texts render them. */
  static String pythonRepr(Object value) {
    if (value == null) {
      return "None";
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ToolError::pythonRepr).collect(Collectors.joining(", ", "[", "]"));
    }
    return value.toString();
  }
}
