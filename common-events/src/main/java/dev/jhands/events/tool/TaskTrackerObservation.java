package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.llm.Content;
import java.util.List;

/**
 * The {@code task_tracker} tool's result: {@code {"kind": "TaskTrackerObservation", "content",
 * "is_error", "command", "task_list"}}, the list as it now stands.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TaskTrackerObservation(
    List<Content> content, boolean isError, TaskTrackerCommand command, List<TaskItem> taskList)
    implements ToolObservation {

  public TaskTrackerObservation {
    content = content == null ? List.of() : List.copyOf(content);
    taskList = taskList == null ? List.of() : List.copyOf(taskList);
  }
}
