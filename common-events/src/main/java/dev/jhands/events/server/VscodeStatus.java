package dev.jhands.events.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer of the agent server's {@code GET /api/vscode/status} (agent-server.md §2.4). {@code
 * message} explains a disabled VS Code and is left out otherwise, as OpenHands does.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record VscodeStatus(
    boolean running, boolean enabled, @JsonInclude(JsonInclude.Include.NON_NULL) String message) {

  public static final VscodeStatus DISABLED =
      new VscodeStatus(false, false, "VSCode is disabled in configuration");

  public static VscodeStatus ofEnabled(boolean running) {
    return new VscodeStatus(running, true, null);
  }
}
