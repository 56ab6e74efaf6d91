package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Optional;

/**
 * A conversation's {@code execution_status}. The frontend reads it from the {@code
 * execution_status} state update as the agent's status. {@code deleting} exists only at HEAD (sent
 * in the delete webhook).
 */
public enum ExecutionStatus {
  @JsonProperty("idle")
  IDLE,
  @JsonProperty("running")
  RUNNING,
  @JsonProperty("paused")
  PAUSED,
  @JsonProperty("waiting_for_confirmation")
  WAITING_FOR_CONFIRMATION,
  @JsonProperty("finished")
  FINISHED,
  @JsonProperty("error")
  ERROR,
  @JsonProperty("stuck")
  STUCK,
  @JsonProperty("deleting")
  DELETING;

  /** The wire value, for example {@code "waiting_for_confirmation"}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The status a wire value names, if any (for the {@code status} search filter). */
  public static Optional<ExecutionStatus> fromValue(String value) {
    for (ExecutionStatus status : values()) {
      if (status.value().equals(value)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }
}
