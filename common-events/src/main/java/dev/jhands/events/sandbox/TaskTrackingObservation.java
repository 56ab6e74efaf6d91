package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code task_tracking}: the task list after a {@code task_tracking} action. */
@JsonTypeName("task_tracking")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskTrackingObservation(
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String content,
    String command,
    @JsonSerialize(using = FreeForm.Serializer.class) List<Map<String, Object>> taskList)
    implements SandboxObservation {

  public TaskTrackingObservation {
    content = Objects.requireNonNullElse(content, "");
    command = Objects.requireNonNullElse(command, "");
    taskList = FreeForm.list(taskList);
  }

  @Override
  public String message() {
    return content;
  }
}
