package dev.jhands.testing.llm;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the tool calls and results out of a request's messages. OpenAI keeps them in fields of
 * their own messages ({@code tool_calls}, role {@code tool}); Anthropic keeps them as content
 * blocks ({@code tool_use} in assistant messages, {@code tool_result} in user messages). One
 * message list never mixes the two, so both are looked for.
 */
final class ToolHistory {

  private ToolHistory() {}

  static List<ToolCall> calls(List<JsonNode> messages) {
    List<ToolCall> calls = new ArrayList<>();
    for (JsonNode message : messages) {
      for (JsonNode call : message.path("tool_calls")) {
        JsonNode function = call.path("function");
        calls.add(
            new ToolCall(
                call.path("id").asText(),
                function.path("name").asText(),
                function.path("arguments").asText()));
      }
      for (JsonNode block : blocks(message, "tool_use")) {
        JsonNode input = block.path("input");
        calls.add(
            new ToolCall(
                block.path("id").asText(),
                block.path("name").asText(),
                input.isTextual() ? input.asText() : input.toString()));
      }
    }
    return List.copyOf(calls);
  }

  static List<ToolResult> results(List<JsonNode> messages) {
    List<ToolResult> results = new ArrayList<>();
    for (JsonNode message : messages) {
      if ("tool".equals(message.path("role").asText())) {
        results.add(
            new ToolResult(
                message.path("tool_call_id").asText(),
                RecordedRequest.contentText(message),
                false));
      }
      for (JsonNode block : blocks(message, "tool_result")) {
        results.add(
            new ToolResult(
                block.path("tool_use_id").asText(),
                RecordedRequest.textOf(block.path("content")),
                block.path("is_error").asBoolean(false)));
      }
    }
    return List.copyOf(results);
  }

  private static List<JsonNode> blocks(JsonNode message, String type) {
    List<JsonNode> blocks = new ArrayList<>();
    for (JsonNode block : message.path("content")) {
      if (type.equals(block.path("type").asText())) {
        blocks.add(block);
      }
    }
    return blocks;
  }
}
