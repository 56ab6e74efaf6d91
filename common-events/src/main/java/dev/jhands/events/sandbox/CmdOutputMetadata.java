package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * The {@code metadata} of a {@code run} observation: what the shell's prompt reported after the
 * command (exit code, user, host, working directory, Python interpreter), plus the {@code prefix}
 * and {@code suffix} texts shown around the output. -1 means unknown (e.g. still running).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
// A pydantic model: it ignores keys it does not know, and so does this record.
@JsonIgnoreProperties(ignoreUnknown = true)
public record CmdOutputMetadata(
    // Boxed so that absent values can take the wire default, -1.
    Integer exitCode,
    Integer pid,
    String username,
    String hostname,
    String workingDir,
    String pyInterpreterPath,
    String prefix,
    String suffix) {

  /** What a timed-out or unfinished command reports: exit code and pid -1, nothing else known. */
  public static final CmdOutputMetadata DEFAULT =
      new CmdOutputMetadata(null, null, null, null, null, null, null, null);

  public CmdOutputMetadata {
    exitCode = Objects.requireNonNullElse(exitCode, -1);
    pid = Objects.requireNonNullElse(pid, -1);
    prefix = Objects.requireNonNullElse(prefix, "");
    suffix = Objects.requireNonNullElse(suffix, "");
  }
}
