package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Actions at or above a risk level wait for confirmation: {@code {"kind": "ConfirmRisky",
 * "threshold": "HIGH", "confirm_unknown": true}}. The threshold cannot be UNKNOWN; whether an
 * UNKNOWN-risk action waits is {@code confirm_unknown}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConfirmRisky(SecurityRisk threshold, Boolean confirmUnknown)
    implements ConfirmationPolicy {

  public ConfirmRisky {
    threshold = threshold == null ? SecurityRisk.HIGH : threshold;
    if (threshold == SecurityRisk.UNKNOWN) {
      throw new IllegalArgumentException("Threshold cannot be UNKNOWN");
    }
    confirmUnknown = confirmUnknown == null ? Boolean.TRUE : confirmUnknown;
  }

  @Override
  public boolean shouldConfirm(SecurityRisk risk) {
    return risk == SecurityRisk.UNKNOWN ? confirmUnknown : risk.isAtLeast(threshold);
  }
}
