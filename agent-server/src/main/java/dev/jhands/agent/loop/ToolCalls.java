package dev.jhands.agent.loop;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jhands.agent.conversation.Conversation;
import dev.jhands.agent.llm.LlmReply;
import dev.jhands.agent.tool.Tool;
import dev.jhands.agent.tool.ToolSet;
import dev.jhands.events.conversation.ActionEvent;
import dev.jhands.events.conversation.AgentErrorEvent;
import dev.jhands.events.conversation.SecurityRisk;
import dev.jhands.events.json.Wire;
import dev.jhands.events.llm.MessageToolCall;
import dev.jhands.events.llm.TextContent;
import dev.jhands.events.tool.ToolAction;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Records the tool calls of one LLM response: an ActionEvent per call (the first carries the
 * thought), and for a call that cannot become an action (unknown tool, arguments that are not JSON
 * or do not fit) an ActionEvent without action followed by an AgentErrorEvent the model reads on
 * its next step.
 */
final class ToolCalls {

  private static final ObjectMapper JSON = Wire.mapper();
  private final ToolSet tools;

  ToolCalls(ToolSet tools) {
    this.tools = tools;
  }

  /** Appends the calls' events and returns the actions that can run. */
  List<ActionEvent> record(LlmReply reply, Conversation conversation) {
    List<ActionEvent> valid = new ArrayList<>();
    boolean first = true;
    for (ToolExecutionRequest call : reply.toolCalls()) {
      String callId = call.id() == null ? "call_" + UUID.randomUUID() : call.id();
      String arguments = call.arguments() == null ? "{}" : call.arguments();
      List<TextContent> thought =
          first && !reply.text().isBlank() ? List.of(TextContent.of(reply.text())) : List.of();
      String reasoning = first ? reply.reasoning() : null;
      first = false;
      ToolAction action = null;
      SecurityRisk risk = SecurityRisk.UNKNOWN;
      String error = null;
      try {
        Tool tool =
            tools
                .get(call.name())
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "Tool '"
                                + call.name()
                                + "' not found. Available tools: "
                                + String.join(", ", tools.names())));
        ObjectNode args = parse(arguments);
        risk = risk(args.remove(ToolSet.SECURITY_RISK));
        action = tool.parse(args);
      } catch (IllegalArgumentException e) {
        error = e.getMessage();
      }
      ActionEvent event =
          new ActionEvent(
              null,
              null,
              null,
              thought,
              reasoning,
              null,
              null,
              action,
              call.name(),
              callId,
              MessageToolCall.completion(callId, call.name(), arguments),
              reply.responseId(),
              risk);
      conversation.append(event);
      if (error == null) {
        valid.add(event);
      } else {
        conversation.append(
            new AgentErrorEvent(
                null,
                null,
                null,
                call.name(),
                callId,
                "Error validating tool '" + call.name() + "': " + error));
      }
    }
    return valid;
  }

  private static ObjectNode parse(String arguments) {
    JsonNode node;
    try {
      node = JSON.readTree(arguments.isBlank() ? "{}" : arguments);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "the arguments are not valid JSON: " + e.getOriginalMessage());
    }
    if (!(node instanceof ObjectNode object)) {
      throw new IllegalArgumentException("the arguments must be a JSON object");
    }
    return object;
  }

  private static SecurityRisk risk(JsonNode value) {
    if (value == null || value.isNull()) {
      return SecurityRisk.UNKNOWN;
    }
    try {
      return SecurityRisk.valueOf(value.asText().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "security_risk must be one of LOW, MEDIUM, HIGH, got " + value);
    }
  }
}
