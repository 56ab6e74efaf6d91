package dev.jhands.agent.loop;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.jhands.agent.conversation.Conversation;
import dev.jhands.agent.tool.Tool;
import dev.jhands.agent.tool.ToolContext;
import dev.jhands.agent.tool.ToolSet;
import dev.jhands.events.conversation.ActionEvent;
import dev.jhands.events.conversation.AgentErrorEvent;
import dev.jhands.events.conversation.ExecutionStatus;
import dev.jhands.events.conversation.ObservationEvent;
import dev.jhands.events.json.Wire;
import dev.jhands.events.tool.FinishAction;
import dev.jhands.events.tool.ToolObservation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Runs decided actions one after another, as the baseline SDK does, and records what each returned
 * with every secret value masked: the observation is what the sockets, webhooks and the model get,
 * so masking it once here covers them all.
 */
final class ActionRunner {

  private static final ObjectMapper JSON = Wire.mapper();

  private final Conversation conversation;
  private final ToolSet tools;
  private final ToolContext context;

  ActionRunner(Conversation conversation, ToolSet tools, ToolContext context) {
    this.conversation = conversation;
    this.tools = tools;
    this.context = context;
  }

  void execute(List<ActionEvent> actions) {
    for (ActionEvent action : actions) {
      Tool tool = tools.get(action.toolName()).orElse(null);
      if (tool == null) {
        error(action, "Tool '" + action.toolName() + "' is no longer available");
        continue;
      }
      ToolObservation observation;
      try {
        observation = tool.execute(action.action(), context);
      } catch (IllegalArgumentException | IllegalStateException e) {
        error(action, e.getMessage());
        continue;
      }
      conversation.append(ObservationEvent.answering(action, mask(observation)));
      if (action.action() instanceof FinishAction) {
        conversation.compareAndSetStatus(ExecutionStatus.RUNNING, ExecutionStatus.FINISHED);
      }
    }
  }

  private void error(ActionEvent action, String message) {
    conversation.append(
        new AgentErrorEvent(
            null,
            null,
            null,
            action.toolName(),
            action.toolCallId(),
            context.secrets().mask(message)));
  }

  // Through JSON, so that every field is masked, whatever the tool put where.
  private ToolObservation mask(ToolObservation observation) {
    try {
      String json = JSON.writeValueAsString(observation);
      String masked = context.secrets().mask(json);
      return masked.equals(json) ? observation : JSON.readValue(masked, ToolObservation.class);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot mask an observation", e);
    }
  }
}
