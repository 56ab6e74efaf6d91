package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonValue;

/** An action's {@code confirmation_state}: {@code confirmed|rejected|awaiting_confirmation}. */
public enum ConfirmationState {
  CONFIRMED("confirmed"),
  REJECTED("rejected"),
  AWAITING_CONFIRMATION("awaiting_confirmation");

  private final String value;

  ConfirmationState(String value) {
    this.value = value;
  }

  @JsonValue
  public String value() {
    return value;
  }
}
