package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.tool.ToolObservation;

/**
 * The result of a tool call: {@code {"kind": "ObservationEvent", "source": "environment",
 * "tool_name", "tool_call_id", "observation": {...}, "action_id"}}, where {@code action_id} is the
 * id of the ActionEvent it answers.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ObservationEvent(
    String id,
    String timestamp,
    EventSource source,
    String toolName,
    String toolCallId,
    ToolObservation observation,
    String actionId)
    implements Event {

  public ObservationEvent {
    id = EventDefaults.id(id);
    timestamp = EventDefaults.timestamp(timestamp);
    source = EventDefaults.source(source, EventSource.ENVIRONMENT);
  }

  /** A new observation answering {@code action}. */
  public static ObservationEvent answering(ActionEvent action, ToolObservation observation) {
    return new ObservationEvent(
        null, null, null, action.toolName(), action.toolCallId(), observation, action.id());
  }
}
