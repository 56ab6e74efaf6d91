package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The body of {@code POST /api/conversations/{id}/events/respond_to_confirmation}: {@code
 * {"accept": true}} runs the pending actions; {@code {"accept": false, "reason": "..."}} rejects
 * them. The reason defaults to "User rejected the action.".
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfirmationResponseRequest(boolean accept, String reason) {

  public static final String DEFAULT_REASON = "User rejected the action.";

  public ConfirmationResponseRequest {
    reason = reason == null ? DEFAULT_REASON : reason;
  }
}
