package dev.jhands.testing.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The JSON bodies of Anthropic's Messages API ({@code POST /v1/messages}), built from the same
 * {@link Turn}s as the OpenAI answers, so one script drives either kind of client.
 */
final class AnthropicWire {

  /** The error types Anthropic documents; any other scripted type is replaced by the status's. */
  private static final Set<String> ERROR_TYPES =
      Set.of(
          "invalid_request_error",
          "authentication_error",
          "permission_error",
          "not_found_error",
          "request_too_large",
          "rate_limit_error",
          "api_error",
          "overloaded_error",
          "billing_error",
          "timeout_error");

  private AnthropicWire() {}

  /** A {@code message} object for a non-streaming request. */
  static String message(OpenAiWire.Completion c) {
    ObjectNode root = OpenAiWire.JSON.createObjectNode();
    root.put("id", c.id());
    root.put("type", "message");
    root.put("role", "assistant");
    root.put("model", c.model());
    ArrayNode content = root.putArray("content");
    for (ObjectNode block : blocks(c)) {
      content.add(block);
    }
    root.put("stop_reason", stopReason(c.reply()));
    root.putNull("stop_sequence");
    root.set("usage", usage(c.usage()));
    return write(root);
  }

  /**
   * The content blocks: the text (if any) then one {@code tool_use} per call. Arguments that are
   * not a JSON object go out as a JSON string in {@code input}, which no real model sends; it lets
   * a test check how an agent copes with broken arguments, as on the OpenAI side.
   */
  static List<ObjectNode> blocks(OpenAiWire.Completion c) {
    List<ObjectNode> blocks = new ArrayList<>();
    Turn.Reply reply = c.reply();
    if (reply.content() != null) {
      ObjectNode text = OpenAiWire.JSON.createObjectNode();
      text.put("type", "text");
      text.put("text", reply.content());
      blocks.add(text);
    }
    for (int i = 0; i < reply.toolCalls().size(); i++) {
      ToolCall call = reply.toolCalls().get(i);
      ObjectNode use = OpenAiWire.JSON.createObjectNode();
      use.put("type", "tool_use");
      use.put("id", c.toolCallIds().get(i));
      use.put("name", call.name());
      use.set("input", input(call.arguments()));
      blocks.add(use);
    }
    return blocks;
  }

  /**
   * {@code stop_reason} for a reply: OpenAI's {@code stop}, {@code tool_calls} and {@code length}
   * become {@code end_turn}, {@code tool_use} and {@code max_tokens}; anything else scripted (e.g.
   * {@code stop_sequence}) is sent as is.
   */
  static String stopReason(Turn.Reply reply) {
    String reason = reply.effectiveFinishReason();
    return switch (reason) {
      case "stop" -> "end_turn";
      case "tool_calls" -> "tool_use";
      case "length" -> "max_tokens";
      default -> reason;
    };
  }

  /**
   * Anthropic's error body, {@code {"type":"error","error":{"type","message"}}}. The error type is
   * the scripted one when Anthropic knows it (set with {@link Turn.Failure#withType}), else the
   * status's (see {@link #errorType(int)}); a {@code context_length_exceeded} failure carries
   * Anthropic's "prompt is too long" wording, which is how clients recognise it there.
   */
  static String error(Turn.Failure failure) {
    // OpenAI's default type for the status counts as "not scripted": a 401 is Anthropic's
    // authentication_error even though OpenAI calls it invalid_request_error.
    boolean scripted =
        ERROR_TYPES.contains(failure.type())
            && !failure.type().equals(Turn.Failure.defaultType(failure.status()));
    String type = scripted ? failure.type() : errorType(failure.status());
    String message =
        "context_length_exceeded".equals(failure.code())
            ? "prompt is too long: 9000 tokens > 8192 maximum"
            : failure.message();
    ObjectNode root = OpenAiWire.JSON.createObjectNode();
    root.put("type", "error");
    root.putObject("error").put("type", type).put("message", message);
    return write(root);
  }

  /** Anthropic's error type for an HTTP status. */
  static String errorType(int status) {
    return switch (status) {
      case 400 -> "invalid_request_error";
      case 401 -> "authentication_error";
      case 402 -> "billing_error";
      case 403 -> "permission_error";
      case 404 -> "not_found_error";
      case 413 -> "request_too_large";
      case 429 -> "rate_limit_error";
      case 504 -> "timeout_error";
      case 529 -> "overloaded_error";
      default -> status >= 500 ? "api_error" : "invalid_request_error";
    };
  }

  /**
   * Anthropic counts cache reads apart from {@code input_tokens}, so the scripted prompt figure
   * (which, as in OpenAI's usage, includes the cached part) is split accordingly.
   */
  static ObjectNode usage(Usage usage) {
    ObjectNode node = OpenAiWire.JSON.createObjectNode();
    node.put("input_tokens", usage.promptTokens() - usage.cachedPromptTokens());
    node.put("cache_creation_input_tokens", 0);
    node.put("cache_read_input_tokens", usage.cachedPromptTokens());
    node.put("output_tokens", usage.completionTokens());
    return node;
  }

  private static JsonNode input(String arguments) {
    try {
      JsonNode parsed = OpenAiWire.JSON.readTree(arguments);
      return parsed != null && parsed.isObject() ? parsed : TextNode.valueOf(arguments);
    } catch (JsonProcessingException e) {
      return TextNode.valueOf(arguments);
    }
  }

  static String write(JsonNode node) {
    try {
      return OpenAiWire.JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree failed to serialize", e);
    }
  }
}
