package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A WebSocket-only error frame (HEAD): the server could not handle what the client sent. {@code
 * {"kind": "ServerErrorEvent", "source": "environment", "code": "<exception class>", "detail"}}. It
 * is never stored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ServerErrorEvent(
    String id, String timestamp, EventSource source, String code, String detail) implements Event {

  public ServerErrorEvent {
    id = EventDefaults.id(id);
    timestamp = EventDefaults.timestamp(timestamp);
  }

  public static ServerErrorEvent of(String code, String detail) {
    return new ServerErrorEvent(null, null, EventSource.ENVIRONMENT, code, detail);
  }
}
