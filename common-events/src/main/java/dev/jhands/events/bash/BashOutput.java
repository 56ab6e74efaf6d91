package dev.jhands.events.bash;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A chunk of output of a shell command (agent-server.md §2.4), {@code kind: "BashOutput"}. One
 * command may produce several chunks, numbered from 0 by {@code order}; {@code exit_code} is null
 * while the command is still running and set on its last chunk. {@code order} defaults to 0.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BashOutput(
    String id,
    String timestamp,
    String commandId,
    Integer order,
    Integer exitCode,
    String stdout,
    String stderr)
    implements BashEvent {

  public BashOutput {
    order = order == null ? 0 : order;
  }

  @JsonIgnore
  public boolean isRunning() {
    return exitCode == null;
  }
}
