package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Every action waits for confirmation: {@code {"kind": "AlwaysConfirm"}}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AlwaysConfirm() implements ConfirmationPolicy {

  @Override
  public boolean shouldConfirm(SecurityRisk risk) {
    return true;
  }
}
