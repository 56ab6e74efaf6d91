package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Objects;

/** {@code delegate}: the agent hands a sub-task, described by {@code inputs}, to another agent. */
@JsonTypeName("delegate")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AgentDelegateAction(
    @JsonProperty(required = true) String agent,
    @JsonProperty(required = true) @JsonSerialize(using = FreeForm.Serializer.class)
        Map<String, Object> inputs,
    String thought)
    implements SandboxAction {

  public AgentDelegateAction {
    Objects.requireNonNull(agent, "agent");
    Objects.requireNonNull(inputs, "inputs");
    inputs = FreeForm.map(inputs);
    thought = Objects.requireNonNullElse(thought, "");
  }

  @Override
  public String message() {
    return "I'm asking " + agent + " for help with this task.";
  }
}
