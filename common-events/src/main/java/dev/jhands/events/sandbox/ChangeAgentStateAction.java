package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/** {@code change_agent_state}: a notice that the agent's state changed, e.g. to {@code paused}. */
@JsonTypeName("change_agent_state")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ChangeAgentStateAction(
    @JsonProperty(required = true) String agentState, String thought) implements SandboxAction {

  public ChangeAgentStateAction {
    Objects.requireNonNull(agentState, "agent_state");
    thought = Objects.requireNonNullElse(thought, "");
  }

  @Override
  public String message() {
    return "Agent state changed to " + agentState;
  }
}
