package dev.jhands.agent.tool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jhands.events.llm.TextContent;
import dev.jhands.events.tool.FinishAction;
import dev.jhands.events.tool.FinishObservation;
import dev.jhands.events.tool.ThinkAction;
import dev.jhands.events.tool.ThinkObservation;
import dev.jhands.events.tool.ToolAction;
import dev.jhands.events.tool.ToolNames;
import dev.jhands.events.tool.ToolObservation;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.util.List;

/** {@code finish} and {@code think}: always offered, run here without the sandbox. */
final class BuiltInTools {

  private BuiltInTools() {}

  static final class Finish implements Tool {
    private static final JsonObjectSchema PARAMETERS =
        JsonObjectSchema.builder()
            .addStringProperty("message", "What was done, for the user.")
            .required("message")
            .build();

    @Override
    public String name() {
      return ToolNames.FINISH;
    }

    @Override
    public String description() {
      return "Signal that the task is complete, or that you cannot go on, with a final message.";
    }

    @Override
    public JsonObjectSchema parameters() {
      return PARAMETERS;
    }

    @Override
    public ToolAction parse(ObjectNode arguments) {
      return ToolArguments.bind(arguments, "FinishAction", FinishAction.class, PARAMETERS);
    }

    @Override
    public ToolObservation execute(ToolAction action, ToolContext context) {
      return new FinishObservation(
          List.of(TextContent.of(((FinishAction) action).message())), false);
    }
  }

  static final class Think implements Tool {
    private static final JsonObjectSchema PARAMETERS =
        JsonObjectSchema.builder()
            .addStringProperty("thought", "The thought.")
            .required("thought")
            .build();

    @Override
    public String name() {
      return ToolNames.THINK;
    }

    @Override
    public String description() {
      return "Think something through: nothing changes, the thought is only logged.";
    }

    @Override
    public JsonObjectSchema parameters() {
      return PARAMETERS;
    }

    @Override
    public ToolAction parse(ObjectNode arguments) {
      return ToolArguments.bind(arguments, "ThinkAction", ThinkAction.class, PARAMETERS);
    }

    @Override
    public ToolObservation execute(ToolAction action, ToolContext context) {
      return new ThinkObservation(List.of(TextContent.of("Your thought has been logged.")), false);
    }
  }
}
