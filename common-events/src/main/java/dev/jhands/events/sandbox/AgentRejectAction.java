package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jhands.events.json.PythonRepr;
import java.util.Map;
import java.util.Objects;

/** {@code reject}: the agent refuses the task; {@code outputs.reason} says why. */
@JsonTypeName("reject")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AgentRejectAction(
    @JsonSerialize(using = FreeForm.Serializer.class) Map<String, Object> outputs, String thought)
    implements SandboxAction {

  public AgentRejectAction {
    outputs = FreeForm.map(outputs);
    thought = Objects.requireNonNullElse(thought, "");
  }

  @Override
  public String message() {
    String message = "Task is rejected by the agent.";
    if (outputs.containsKey("reason")) {
      message += " Reason: " + PythonRepr.str(outputs.get("reason"));
    }
    return message;
  }
}
