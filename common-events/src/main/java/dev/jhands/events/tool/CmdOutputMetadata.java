package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * What the terminal's PS1 prompt reported after a command: {@code {"exit_code", "pid", "username",
 * "hostname", "working_dir", "py_interpreter_path", "prefix", "suffix"}}. Exit code and pid are -1
 * when unknown (for example while a command is still running).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CmdOutputMetadata(
    Integer exitCode,
    Integer pid,
    String username,
    String hostname,
    String workingDir,
    String pyInterpreterPath,
    String prefix,
    String suffix) {

  public static final CmdOutputMetadata EMPTY =
      new CmdOutputMetadata(null, null, null, null, null, null, null, null);

  public CmdOutputMetadata {
    exitCode = exitCode == null ? -1 : exitCode;
    pid = pid == null ? -1 : pid;
    prefix = prefix == null ? "" : prefix;
    suffix = suffix == null ? "" : suffix;
  }
}
