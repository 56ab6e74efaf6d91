package dev.jhands.action.bash;

import dev.jhands.events.json.PythonRepr;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The texts OpenHands' bash session shows the agent, word for word. */
final class BashTexts {

  private BashTexts() {}

  static final String TIMEOUT_TEMPLATE =
      "You may wait longer to see additional output by sending empty command '', "
          + "send other commands to interact with the current process, "
          + "send keys (\"C-c\", \"C-z\", \"C-d\") to interrupt/kill the previous command before"
          + " sending your new command, "
          + "or use the timeout parameter in execute_bash for future commands.";

  static final String NO_COMMAND_TO_READ =
      "ERROR: No previous running command to retrieve logs from.";
  static final String NO_COMMAND_TO_INTERACT =
      "ERROR: No previous running command to interact with.";
  static final String CONTINUED = "[Below is the output of the previous command.]\n";

  static String completed(int exitCode) {
    return "\n[The command completed with exit code " + exitCode + ".]";
  }

  static String completedAfterKey(int exitCode, String key) {
    return "\n[The command completed with exit code "
        + exitCode
        + ". CTRL+"
        + Character.toUpperCase(key.charAt(key.length() - 1))
        + " was sent.]";
  }

  static String noNewOutput(Duration quiet) {
    return "\n[The command has no new output after "
        + seconds(quiet)
        + " seconds. "
        + TIMEOUT_TEMPLATE
        + "]";
  }

  static String timedOut(Duration timeout) {
    return "\n[The command timed out after "
        + PythonRepr.floatRepr(timeout.toMillis() / 1000.0)
        + " seconds. "
        + TIMEOUT_TEMPLATE
        + "]";
  }

  static String notExecuted(String command) {
    return "\n[Your command \""
        + command
        + "\" is NOT executed. The previous command is still running - You CANNOT send new"
        + " commands until the previous command is completed. By setting `is_input` to `true`,"
        + " you can interact with the current process: "
        + TIMEOUT_TEMPLATE
        + "]";
  }

  static String multipleCommands(List<String> commands) {
    return "ERROR: Cannot execute multiple commands at once.\n"
        + "Please run each command separately OR chain them into a single command via && or ;\n"
        + "Provided commands:\n"
        + IntStream.range(0, commands.size())
            .mapToObj(i -> "(" + (i + 1) + ") " + commands.get(i))
            .collect(Collectors.joining("\n"));
  }

  // Upstream prints an int number of seconds; a fraction only shows when configured so.
  private static String seconds(Duration duration) {
    long millis = duration.toMillis();
    return millis % 1000 == 0
        ? Long.toString(millis / 1000)
        : PythonRepr.floatRepr(millis / 1000.0);
  }
}
