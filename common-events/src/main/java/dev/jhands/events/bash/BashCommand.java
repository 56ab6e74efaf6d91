package dev.jhands.events.bash;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A shell command the agent server accepted (agent-server.md §2.4), {@code kind: "BashCommand"}:
 * the answer of {@code start_bash_command}, and the first bash event of every command. It repeats
 * the request; {@code timeout} defaults to 300 seconds as there.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BashCommand(String id, String timestamp, String command, String cwd, Integer timeout)
    implements BashEvent {

  public BashCommand {
    timeout = timeout == null ? ExecuteBashRequest.DEFAULT_TIMEOUT_SECONDS : timeout;
  }
}
