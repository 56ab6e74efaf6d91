package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code task_tracking}: the agent views ({@code command: view}) or rewrites its task list. */
@JsonTypeName("task_tracking")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record TaskTrackingAction(
    String command,
    @JsonSerialize(using = FreeForm.Serializer.class) List<Map<String, Object>> taskList,
    String thought)
    implements SandboxAction {

  public TaskTrackingAction {
    command = Objects.requireNonNullElse(command, "view");
    taskList = FreeForm.list(taskList);
    thought = Objects.requireNonNullElse(thought, "");
  }

  @Override
  public String message() {
    return switch (taskList.size()) {
      case 0 -> "Clearing the task list.";
      case 1 -> "Managing 1 task item.";
      default -> "Managing " + taskList.size() + " task items.";
    };
  }
}
