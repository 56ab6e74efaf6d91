package dev.jhands.events.conversation;

/**
 * The risk an action carries, as an ActionEvent's {@code security_risk} and a ConfirmRisky
 * threshold: {@code UNKNOWN}, {@code LOW}, {@code MEDIUM}, {@code HIGH} (the wire values are the
 * constant names).
 */
public enum SecurityRisk {
  UNKNOWN,
  LOW,
  MEDIUM,
  HIGH;

  /**
   * Whether this level is at least as risky as {@code other}; UNKNOWN compares with nothing, as in
   * the SDK.
   */
  public boolean isAtLeast(SecurityRisk other) {
    if (this == UNKNOWN || other == UNKNOWN) {
      throw new IllegalArgumentException("UNKNOWN risk cannot be compared");
    }
    return compareTo(other) >= 0;
  }
}
