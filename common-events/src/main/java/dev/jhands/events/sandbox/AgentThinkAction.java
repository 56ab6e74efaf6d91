package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/**
 * {@code think}: a thought the agent logs; the client answers it with a {@code think} observation.
 */
@JsonTypeName("think")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AgentThinkAction(String thought) implements SandboxAction {

  public AgentThinkAction {
    thought = Objects.requireNonNullElse(thought, "");
  }

  @Override
  public String message() {
    return "I am thinking...: " + thought;
  }
}
