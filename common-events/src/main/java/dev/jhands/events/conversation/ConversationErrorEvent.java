package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The run loop crashed; not sent to the LLM: {@code {"kind": "ConversationErrorEvent", "source":
 * "environment", "code": "<exception class>", "detail"}}. The status becomes {@code error}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConversationErrorEvent(
    String id, String timestamp, EventSource source, String code, String detail) implements Event {

  public ConversationErrorEvent {
    id = EventDefaults.id(id);
    timestamp = EventDefaults.timestamp(timestamp);
  }

  public static ConversationErrorEvent of(String code, String detail) {
    return new ConversationErrorEvent(null, null, EventSource.ENVIRONMENT, code, detail);
  }
}
