package dev.jhands.events.bash;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.conversation.EventTimestamps;
import java.util.UUID;

/**
 * A {@code /sockets/bash-events} frame (agent-server.md §3, HEAD), {@code kind: "BashError"}: the
 * server could not act on what the client sent. {@code code} is the error's type, {@code detail}
 * its message. It is sent to that one socket only, never stored or searched.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BashError(String id, String timestamp, String code, String detail)
    implements BashEvent {

  public static BashError of(String code, String detail) {
    return new BashError(
        UUID.randomUUID().toString().replace("-", ""), EventTimestamps.now(), code, detail);
  }
}
