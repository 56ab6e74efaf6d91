package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Optional;
import java.util.UUID;

/**
 * A change of conversation state, for WebSocket clients: {@code {"kind":
 * "ConversationStateUpdateEvent", "source": "environment", "key", "value"}}.
 *
 * <p>{@code key} is {@value #FULL_STATE} with the whole state as {@code value} (the first frame of
 * every subscription, and after run and pause), or the name of the one field that changed, such as
 * {@value #EXECUTION_STATUS} with {@code "running"}. The value is kept as raw JSON: it is whatever
 * the state field serialises to (secrets masked).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConversationStateUpdateEvent(
    String id, String timestamp, EventSource source, String key, JsonNode value) implements Event {

  public static final String FULL_STATE = "full_state";
  public static final String EXECUTION_STATUS = "execution_status";

  public ConversationStateUpdateEvent {
    id = EventDefaults.id(id);
    timestamp = EventDefaults.timestamp(timestamp);
    source = EventDefaults.source(source, EventSource.ENVIRONMENT);
    // The SDK's defaults: a random key and an empty object.
    key = key == null ? UUID.randomUUID().toString() : key;
    value = value == null ? JsonNodeFactory.instance.objectNode() : value.deepCopy();
  }

  /** A change of one state field. */
  public static ConversationStateUpdateEvent of(String key, JsonNode value) {
    return new ConversationStateUpdateEvent(null, null, null, key, value);
  }

  /** A full snapshot; {@code state} is the serialised ConversationInfo state fields. */
  public static ConversationStateUpdateEvent fullState(JsonNode state) {
    return of(FULL_STATE, state);
  }

  /** The update the frontend reads as the agent's status. */
  public static ConversationStateUpdateEvent ofExecutionStatus(ExecutionStatus status) {
    return of(EXECUTION_STATUS, TextNode.valueOf(status.value()));
  }

  /**
   * The execution status this event carries: the value of an {@code execution_status} update, or
   * the {@code execution_status} field of a full snapshot.
   */
  public Optional<ExecutionStatus> executionStatus() {
    JsonNode status =
        switch (key) {
          case EXECUTION_STATUS -> value;
          case FULL_STATE -> value.path(EXECUTION_STATUS);
          default -> null;
        };
    return status == null || !status.isTextual()
        ? Optional.empty()
        : ExecutionStatus.fromValue(status.asText());
  }
}
