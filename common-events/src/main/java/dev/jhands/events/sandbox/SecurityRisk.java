package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * An action's {@code security_risk}: OpenHands' int enum, written as the bare number (-1 unknown, 0
 * low, 1 medium, 2 high). Any other number is rejected.
 */
public enum SecurityRisk {
  UNKNOWN(-1),
  LOW(0),
  MEDIUM(1),
  HIGH(2);

  private final int value;

  SecurityRisk(int value) {
    this.value = value;
  }

  @JsonValue
  public int value() {
    return value;
  }
}
