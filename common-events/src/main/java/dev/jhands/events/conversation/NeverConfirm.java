package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** No action waits for confirmation: {@code {"kind": "NeverConfirm"}}, the default. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record NeverConfirm() implements ConfirmationPolicy {

  @Override
  public boolean shouldConfirm(SecurityRisk risk) {
    return false;
  }
}
