package dev.jhands.testing.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON bodies of OpenAI's Chat Completions protocol, built as trees so field order and nulls
 * match what the real API sends (some clients are picky about {@code content: null} versus a
 * missing field).
 */
final class OpenAiWire {

  static final ObjectMapper JSON = new ObjectMapper();

  /** Tool-call arguments are streamed in slices of this many code points, as models emit them. */
  static final int ARGUMENT_SLICE = 8;

  private OpenAiWire() {}

  /** A {@code chat.completion} object for a non-streaming request. */
  static String completion(Completion c) {
    ObjectNode message = JSON.createObjectNode();
    message.put("role", "assistant");
    message.put("content", c.reply().content());
    message.putNull("refusal");
    if (!c.reply().toolCalls().isEmpty()) {
      ArrayNode calls = message.putArray("tool_calls");
      for (int i = 0; i < c.reply().toolCalls().size(); i++) {
        ToolCall call = c.reply().toolCalls().get(i);
        ObjectNode node = calls.addObject();
        node.put("id", c.toolCallIds().get(i));
        node.put("type", "function");
        node.putObject("function").put("name", call.name()).put("arguments", call.arguments());
      }
    }
    ObjectNode root = envelope(c, "chat.completion");
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    choice.set("message", message);
    choice.putNull("logprobs");
    choice.put("finish_reason", c.reply().effectiveFinishReason());
    root.set("usage", usage(c.usage()));
    return write(root);
  }

  /**
   * The {@code data:} payloads of a streamed answer, in order, without the closing {@code [DONE]}:
   * a role delta, content pieces, tool-call deltas (id, type and name in a call's first delta, its
   * arguments sliced over the following ones), an empty delta carrying {@code finish_reason}, and
   * with {@code include_usage} a last chunk with no choices and the usage.
   */
  static List<String> chunks(Completion c, boolean includeUsage) {
    List<String> frames = new ArrayList<>();
    Turn.Reply reply = c.reply();

    ObjectNode first = JSON.createObjectNode();
    first.put("role", "assistant");
    // OpenAI opens a text answer with "" and a pure tool-call answer with null.
    first.put("content", reply.content() == null ? null : "");
    first.putNull("refusal");
    frames.add(chunk(c, first, null, includeUsage));

    if (reply.content() != null) {
      for (String piece : words(reply.content())) {
        ObjectNode delta = JSON.createObjectNode().put("content", piece);
        frames.add(chunk(c, delta, null, includeUsage));
      }
    }

    for (int i = 0; i < reply.toolCalls().size(); i++) {
      ToolCall call = reply.toolCalls().get(i);
      ObjectNode opening = toolCallDelta(i);
      opening.put("id", c.toolCallIds().get(i));
      opening.put("type", "function");
      opening.putObject("function").put("name", call.name()).put("arguments", "");
      frames.add(chunk(c, wrapToolCall(opening), null, includeUsage));
      for (String slice : slices(call.arguments(), ARGUMENT_SLICE)) {
        ObjectNode part = toolCallDelta(i);
        part.putObject("function").put("arguments", slice);
        frames.add(chunk(c, wrapToolCall(part), null, includeUsage));
      }
    }

    frames.add(chunk(c, JSON.createObjectNode(), reply.effectiveFinishReason(), includeUsage));

    if (includeUsage) {
      ObjectNode last = envelope(c, "chat.completion.chunk");
      last.putArray("choices");
      last.set("usage", usage(c.usage()));
      frames.add(write(last));
    }
    return frames;
  }

  /** OpenAI's error body: {@code {"error":{"message","type","param","code"}}}. */
  static String error(String message, String type, String param, String code) {
    ObjectNode root = JSON.createObjectNode();
    ObjectNode error = root.putObject("error");
    error.put("message", message);
    error.put("type", type);
    error.put("param", param);
    error.put("code", code);
    return write(root);
  }

  /** A {@code GET /v1/models} listing. */
  static String models(List<String> ids, long created) {
    ObjectNode root = JSON.createObjectNode();
    root.put("object", "list");
    ArrayNode data = root.putArray("data");
    for (String id : ids) {
      data.addObject()
          .put("id", id)
          .put("object", "model")
          .put("created", created)
          .put("owned_by", "jhands-scripted");
    }
    return write(root);
  }

  /**
   * Deterministic token figures: about four characters a token, at least one, over the raw request
   * body and over the reply's text, function names and arguments.
   */
  static Usage estimate(String requestBody, Turn.Reply reply) {
    int replyChars = reply.content() == null ? 0 : reply.content().length();
    for (ToolCall call : reply.toolCalls()) {
      replyChars += call.name().length() + call.arguments().length();
    }
    return Usage.of(tokens(requestBody.length()), tokens(replyChars));
  }

  /**
   * Splits text after each whitespace run ("Hello wide world" → "Hello ", "wide ", "world"), so a
   * streamed answer arrives in word-sized pieces that concatenate to the original.
   */
  static List<String> words(String text) {
    List<String> pieces = new ArrayList<>();
    for (String piece : text.split("(?<=\\s)(?=\\S)")) {
      if (!piece.isEmpty()) {
        pieces.add(piece);
      }
    }
    return pieces;
  }

  /** Splits text into slices of at most {@code size} code points, never inside a surrogate pair. */
  static List<String> slices(String text, int size) {
    List<String> slices = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = start;
      for (int n = 0; n < size && end < text.length(); n++) {
        end = text.offsetByCodePoints(end, 1);
      }
      slices.add(text.substring(start, end));
      start = end;
    }
    return slices;
  }

  private static int tokens(int chars) {
    return Math.max(1, (chars + 3) / 4);
  }

  private static ObjectNode toolCallDelta(int index) {
    return JSON.createObjectNode().put("index", index);
  }

  private static ObjectNode wrapToolCall(ObjectNode call) {
    ObjectNode delta = JSON.createObjectNode();
    delta.putArray("tool_calls").add(call);
    return delta;
  }

  private static String chunk(
      Completion c, ObjectNode delta, String finishReason, boolean includeUsage) {
    ObjectNode root = envelope(c, "chat.completion.chunk");
    ObjectNode choice = root.putArray("choices").addObject();
    choice.put("index", 0);
    choice.set("delta", delta);
    choice.putNull("logprobs");
    choice.put("finish_reason", finishReason);
    if (includeUsage) {
      // With include_usage OpenAI sends "usage": null on every chunk but the last.
      root.putNull("usage");
    }
    return write(root);
  }

  private static ObjectNode envelope(Completion c, String object) {
    ObjectNode root = JSON.createObjectNode();
    root.put("id", c.id());
    root.put("object", object);
    root.put("created", c.created());
    root.put("model", c.model());
    root.putNull("system_fingerprint");
    return root;
  }

  private static ObjectNode usage(Usage usage) {
    ObjectNode node = JSON.createObjectNode();
    node.put("prompt_tokens", usage.promptTokens());
    node.put("completion_tokens", usage.completionTokens());
    node.put("total_tokens", usage.totalTokens());
    node.putObject("prompt_tokens_details").put("cached_tokens", usage.cachedPromptTokens());
    node.putObject("completion_tokens_details").put("reasoning_tokens", 0);
    return node;
  }

  private static String write(ObjectNode node) {
    try {
      return JSON.writeValueAsString(node);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a JSON tree failed to serialize", e);
    }
  }

  /**
   * What one answer is made of: the reply plus the identity the server gave it.
   *
   * @param id the completion id, shared by all chunks of a stream
   * @param created Unix seconds, shared by all chunks
   * @param model the model name echoed from the request
   * @param reply the scripted reply
   * @param toolCallIds the id of each tool call, scripted or assigned
   * @param usage the figures to report
   */
  record Completion(
      String id,
      long created,
      String model,
      Turn.Reply reply,
      List<String> toolCallIds,
      Usage usage) {}
}
