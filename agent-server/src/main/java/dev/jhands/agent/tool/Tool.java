package dev.jhands.agent.tool;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jhands.events.tool.ToolAction;
import dev.jhands.events.tool.ToolObservation;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;

/** One tool the LLM may call: its schema, how its arguments become an action, how it runs. */
public interface Tool {

  /** The registry and LLM name, e.g. {@code terminal}. */
  String name();

  /** What the LLM reads about the tool. */
  String description();

  /** The arguments, without {@code security_risk}, which the tool set adds to every tool. */
  JsonObjectSchema parameters();

  /**
   * Validates the LLM's arguments into the tool's action.
   *
   * @throws IllegalArgumentException naming what is wrong; the LLM sees the message next step
   */
  ToolAction parse(ObjectNode arguments);

  /** Runs the action; a failure the LLM should see is an observation with {@code is_error}. */
  ToolObservation execute(ToolAction action, ToolContext context);
}
