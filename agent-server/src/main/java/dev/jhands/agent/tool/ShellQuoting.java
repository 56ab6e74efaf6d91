package dev.jhands.agent.tool;

import dev.jhands.events.sandbox.CmdRunAction;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Bash single quoting (every byte stays literal, a quote is closed, escaped and reopened), and the
 * hidden commands built with it that the tools send to the shared shell.
 */
final class ShellQuoting {

  private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");

  private ShellQuoting() {}

  /**
   * {@code export A='…' B='…'} for the variables whose names bash accepts, or empty when there are
   * none.
   */
  static Optional<String> export(Map<String, String> variables) {
    String assignments =
        variables.entrySet().stream()
            .filter(e -> NAME.matcher(e.getKey()).matches())
            .map(e -> e.getKey() + "=" + quote(e.getValue()))
            .collect(Collectors.joining(" "));
    return assignments.isEmpty() ? Optional.empty() : Optional.of("export " + assignments);
  }

  /** A command the model never sees: its output is not cut, and no observation of it is kept. */
  static CmdRunAction hidden(String command) {
    return new CmdRunAction(command, false, "", false, false, null, true, null, null);
  }

  static String quote(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
