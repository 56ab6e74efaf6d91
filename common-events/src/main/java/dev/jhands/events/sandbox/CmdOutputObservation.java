package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * {@code run}: the output of a bash command, with the shell's state after it in {@code metadata}.
 * Its event carries {@code success}, true exactly when the exit code is 0.
 */
@JsonTypeName("run")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record CmdOutputObservation(
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String content,
    @JsonProperty(required = true) String command,
    CmdOutputMetadata metadata,
    boolean hidden)
    implements SandboxObservation, ReportsSuccess {

  public CmdOutputObservation {
    content = Objects.requireNonNullElse(content, "");
    Objects.requireNonNull(command, "command");
    metadata = Objects.requireNonNullElse(metadata, CmdOutputMetadata.DEFAULT);
  }

  public int exitCode() {
    return metadata.exitCode();
  }

  @Override
  public boolean success() {
    return exitCode() == 0;
  }

  @Override
  public String message() {
    return "Command `" + command + "` executed with exit code " + exitCode() + ".";
  }
}
