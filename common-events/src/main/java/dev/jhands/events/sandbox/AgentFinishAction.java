package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Objects;

/** {@code finish}: the agent ends its task, with a final thought and free-form outputs. */
@JsonTypeName("finish")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record AgentFinishAction(
    String finalThought,
    @JsonSerialize(using = FreeForm.Serializer.class) Map<String, Object> outputs,
    String thought)
    implements SandboxAction {

  public AgentFinishAction {
    finalThought = Objects.requireNonNullElse(finalThought, "");
    outputs = FreeForm.map(outputs);
    thought = Objects.requireNonNullElse(thought, "");
  }

  @Override
  public String message() {
    return thought.isEmpty() ? "All done! What's next on the agenda?" : thought;
  }
}
