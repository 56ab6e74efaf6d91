package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The {@code task_tracker} tool's arguments: {@code {"kind": "TaskTrackerAction", "command":
 * "view", "task_list": []}}; {@code plan} replaces the whole list.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskTrackerAction(TaskTrackerCommand command, List<TaskItem> taskList)
    implements ToolAction {

  public TaskTrackerAction {
    command = command == null ? TaskTrackerCommand.VIEW : command;
    taskList = taskList == null ? List.of() : List.copyOf(taskList);
  }
}
