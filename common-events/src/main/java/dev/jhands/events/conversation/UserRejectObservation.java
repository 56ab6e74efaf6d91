package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A pending action the user rejected, sent to the LLM as its tool result: {@code {"kind":
 * "UserRejectObservation", "source": "environment", "tool_name", "tool_call_id",
 * "rejection_reason", "action_id"}}. HEAD's {@code rejection_source} is not modelled.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserRejectObservation(
    String id,
    String timestamp,
    EventSource source,
    String toolName,
    String toolCallId,
    String rejectionReason,
    String actionId)
    implements Event {

  public static final String DEFAULT_REASON = "User rejected the action";

  public UserRejectObservation {
    id = EventDefaults.id(id);
    timestamp = EventDefaults.timestamp(timestamp);
    source = EventDefaults.source(source, EventSource.ENVIRONMENT);
    rejectionReason = rejectionReason == null ? DEFAULT_REASON : rejectionReason;
  }

  /** A new rejection of {@code action}. */
  public static UserRejectObservation rejecting(ActionEvent action, String reason) {
    return new UserRejectObservation(
        null, null, null, action.toolName(), action.toolCallId(), reason, action.id());
  }
}
