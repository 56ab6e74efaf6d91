package dev.jhands.events.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The body of the agent server's {@code GET /ready} (agent-server.md §2.1): {@code {"status":
 * "ready"}} with 200 once initialisation is complete, {@code {"status": "initializing", "message":
 * ...}} with 503 before. {@code message} is left out when null, as OpenHands does.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReadyStatus(
    String status, @JsonInclude(JsonInclude.Include.NON_NULL) String message) {

  public static final ReadyStatus READY = new ReadyStatus("ready", null);
  public static final ReadyStatus INITIALIZING =
      new ReadyStatus("initializing", "Server is still initializing");
}
