package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * {@code loop_recovery}: how to leave a detected agent loop: 1 prompt the user again, 2 reuse the
 * latest user prompt, 3 stop the agent.
 */
@JsonTypeName("loop_recovery")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record LoopRecoveryAction(
    // Boxed so that an absent value can take the wire default, 1.
    Integer option) implements SandboxAction {

  public LoopRecoveryAction {
    option = Objects.requireNonNullElse(option, 1);
  }

  /** OpenHands gives this action no message of its own, so the event's {@code message} is "". */
  @Override
  public String message() {
    return "";
  }
}
