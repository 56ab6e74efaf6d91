package dev.jhands.agent.tool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jhands.events.llm.TextContent;
import dev.jhands.events.tool.TaskItem;
import dev.jhands.events.tool.TaskTrackerAction;
import dev.jhands.events.tool.TaskTrackerCommand;
import dev.jhands.events.tool.TaskTrackerObservation;
import dev.jhands.events.tool.ToolAction;
import dev.jhands.events.tool.ToolNames;
import dev.jhands.events.tool.ToolObservation;
import dev.langchain4j.model.chat.request.json.JsonArraySchema;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.util.List;

/**
 * {@code task_tracker}: the agent's plan. It lives in the conversation itself: the last plan is the
 * task list of the last TaskTrackerObservation, so it survives restarts with the events.
 */
final class TaskTrackerTool implements Tool {

  private static final JsonObjectSchema TASK =
      JsonObjectSchema.builder()
          .addStringProperty("title", "A short title.")
          .addStringProperty("notes", "Details.")
          .addEnumProperty("status", List.of("todo", "in_progress", "done"), "Where it stands.")
          .required("title")
          .build();
  private static final JsonObjectSchema PARAMETERS =
      JsonObjectSchema.builder()
          .addEnumProperty(
              "command", List.of("view", "plan"), "view shows the plan; plan replaces it.")
          .addProperty(
              "task_list",
              JsonArraySchema.builder()
                  .description("For plan: the whole list.")
                  .items(TASK)
                  .build())
          .required("command")
          .build();

  @Override
  public String name() {
    return ToolNames.TASK_TRACKER;
  }

  @Override
  public String description() {
    return "Keep a plan of tasks for complex work: plan replaces the whole list (title, notes,"
        + " status todo|in_progress|done); view shows it. Keep exactly one task in_progress.";
  }

  @Override
  public JsonObjectSchema parameters() {
    return PARAMETERS;
  }

  @Override
  public ToolAction parse(ObjectNode arguments) {
    return ToolArguments.bind(arguments, "TaskTrackerAction", TaskTrackerAction.class, PARAMETERS);
  }

  @Override
  public ToolObservation execute(ToolAction toolAction, ToolContext context) {
    TaskTrackerAction action = (TaskTrackerAction) toolAction;
    if (action.command() == TaskTrackerCommand.PLAN) {
      context.tasks(action.taskList());
    }
    List<TaskItem> tasks = context.tasks();
    return new TaskTrackerObservation(
        List.of(TextContent.of(render(action.command(), tasks))), false, action.command(), tasks);
  }

  private static String render(TaskTrackerCommand command, List<TaskItem> tasks) {
    if (tasks.isEmpty()) {
      return command == TaskTrackerCommand.PLAN
          ? "The task list is now empty."
          : "No tasks yet. Use plan to create some.";
    }
    StringBuilder text =
        new StringBuilder(command == TaskTrackerCommand.PLAN ? "Updated the plan:\n" : "Plan:\n");
    for (int i = 0; i < tasks.size(); i++) {
      TaskItem task = tasks.get(i);
      text.append(i + 1)
          .append(". [")
          .append(
              switch (task.status()) {
                case TODO -> " ";
                case IN_PROGRESS -> "~";
                case DONE -> "x";
              })
          .append("] ")
          .append(task.title());
      if (!task.notes().isBlank()) {
        text.append(" — ").append(task.notes());
      }
      text.append('\n');
    }
    return text.toString();
  }
}
