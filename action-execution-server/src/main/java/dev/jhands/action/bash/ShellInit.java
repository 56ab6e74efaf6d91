package dev.jhands.action.bash;

import java.nio.file.Path;

/**
 * The line typed into a new shell before anything else. It turns echo off (so commands are not read
 * back as output), makes the prompt the JSON block OpenHands parses, and sets PS2 to nothing so
 * continuation lines print nothing.
 *
 * <p>The prompt is computed by {@code PROMPT_COMMAND} with builtins only: the upstream prompt forks
 * {@code pwd} and {@code which python} after every command, which would cost more than a short
 * command itself. The working directory is JSON-escaped, which upstream does not do.
 */
final class ShellInit {

  private ShellInit() {}

  // The prompt template, expanded by bash each time it is shown. Values are set just before by
  // PROMPT_COMMAND, whose first statement keeps the exit code of the command.
  static final String PS1 =
      "\\n"
          + PromptInfo.BEGIN
          + "\\n{\\n"
          + "  \"pid\": \"$!\",\\n"
          + "  \"exit_code\": \"$__jh_e\",\\n"
          + "  \"username\": \"\\u\",\\n"
          + "  \"hostname\": \"\\h\",\\n"
          + "  \"working_dir\": \"$__jh_d\",\\n"
          + "  \"py_interpreter_path\": \"$__jh_p\"\\n"
          + "}\\n"
          + PromptInfo.END
          + "\\n";

  // `which python` without a fork: the first executable file named python on PATH. PS1 is set
  // again every time, as upstream does, so a virtualenv's "(venv) " prefix cannot break the block.
  static final String PROMPT_COMMAND =
      "__jh_e=$?;"
          + "__jh_d=${PWD//\\\\/\\\\\\\\};__jh_d=${__jh_d//\\\"/\\\\\\\"};"
          + "__jh_p=;__jh_r=$PATH:;"
          + "while [[ -n $__jh_r ]];do __jh_x=${__jh_r%%:*};__jh_r=${__jh_r#*:};"
          + "if [[ -f ${__jh_x:-.}/python && -x ${__jh_x:-.}/python ]];"
          + "then __jh_p=${__jh_x:-.}/python;break;fi;done;"
          + "PS1=$__jh_ps1";

  /**
   * The setup line. History expansion is off so that "!" in a command is literal, and TAB inserts a
   * tab instead of completing, so heredocs with tabs arrive intact.
   */
  static String line(Path workingDir) {
    return "stty -echo 2>/dev/null; set +H; "
        + "bind 'set enable-bracketed-paste off' 2>/dev/null; "
        + "bind 'TAB: self-insert' 2>/dev/null; "
        + "alias git='git --no-pager'; "
        + "cd -- "
        + quote(workingDir.toString())
        + "; __jh_ps1='"
        + PS1
        + "'; PROMPT_COMMAND='"
        + PROMPT_COMMAND
        + "'; PS2=''; export __jh_ps1 PROMPT_COMMAND PS2\r";
  }

  static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
