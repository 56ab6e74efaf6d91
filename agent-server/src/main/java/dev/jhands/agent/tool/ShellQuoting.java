package dev.jhands.agent.tool;

/** Bash single quoting: every byte stays literal, a quote is closed, escaped and reopened. */
final class ShellQuoting {

  private ShellQuoting() {}

  static String quote(String value) {
    return "'" + value.replace("'", "'\\''") + "'";
  }
}
