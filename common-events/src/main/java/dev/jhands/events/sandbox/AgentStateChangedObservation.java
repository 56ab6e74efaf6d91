package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.Objects;

/** {@code agent_state_changed}: the agent entered {@code agent_state}, optionally with a reason. */
@JsonTypeName("agent_state_changed")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgentStateChangedObservation(
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String content,
    @JsonProperty(required = true) String agentState,
    String reason)
    implements SandboxObservation {

  public AgentStateChangedObservation {
    content = Objects.requireNonNullElse(content, "");
    Objects.requireNonNull(agentState, "agent_state");
    reason = Objects.requireNonNullElse(reason, "");
  }

  /** OpenHands writes "" here, so state changes stay silent in chat views. */
  @Override
  public String message() {
    return "";
  }
}
