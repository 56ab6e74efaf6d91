package dev.jhands.testing.llm;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One HTTP request the {@link ScriptedLlmServer} received, as the client sent it.
 *
 * <p>The helpers read both protocols: OpenAI's chat completions and Anthropic's messages ({@link
 * #api()} tells which). Where the two differ in shape (the system prompt, tool definitions, tool
 * calls and results) they give one view; {@link #messages()} and {@link #roles()} stay raw.
 *
 * <p>Immutable and safe to share between threads: the headers are a read-only case-insensitive
 * copy, and the parsed body is handed out as copies so one assertion cannot alter what another
 * sees.
 *
 * @param sequence 1-based arrival number among all requests to this server
 * @param receivedAt when the request arrived
 * @param method the HTTP method
 * @param path the request path, e.g. {@code /v1/chat/completions}
 * @param headers the request headers, looked up case-insensitively
 * @param body the raw body text (UTF-8)
 * @param json the parsed body, or {@code null} when it is not JSON
 */
public record RecordedRequest(
    int sequence,
    Instant receivedAt,
    String method,
    String path,
    Map<String, List<String>> headers,
    String body,
    JsonNode json) {

  /** Copies everything mutable, so the record stays what the client sent. */
  public RecordedRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    body = body == null ? "" : body;
    TreeMap<String, List<String>> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    if (headers != null) {
      headers.forEach((name, values) -> copy.put(name, List.copyOf(values)));
    }
    headers = Collections.unmodifiableMap(copy);
    json = json == null ? null : json.deepCopy();
  }

  /** Which protocol a request path belongs to. */
  public enum Api {
    /** OpenAI's {@code /v1/chat/completions}. */
    CHAT_COMPLETIONS,
    /** Anthropic's {@code /v1/messages}. */
    MESSAGES,
    /** Anything else: model listings, unknown paths. */
    OTHER;

    /** The protocol of a path, with or without the {@code /v1} prefix. */
    public static Api of(String path) {
      if ("/v1/chat/completions".equals(path) || "/chat/completions".equals(path)) {
        return CHAT_COMPLETIONS;
      }
      if ("/v1/messages".equals(path) || "/messages".equals(path)) {
        return MESSAGES;
      }
      return OTHER;
    }
  }

  /** A copy of the parsed body, or {@code null} when the body is not JSON. */
  @Override
  public JsonNode json() {
    return json == null ? null : json.deepCopy();
  }

  /** The protocol this request's path belongs to. */
  public Api api() {
    return Api.of(path);
  }

  /** Whether this is an OpenAI chat-completion call (as opposed to e.g. a model listing). */
  public boolean isChatCompletion() {
    return "POST".equals(method) && api() == Api.CHAT_COMPLETIONS;
  }

  /** Whether this is an Anthropic messages call. */
  public boolean isMessages() {
    return "POST".equals(method) && api() == Api.MESSAGES;
  }

  /** Whether this asks the model for an answer, in either protocol. */
  public boolean isModelCall() {
    return isChatCompletion() || isMessages();
  }

  /** The first value of a header, looked up case-insensitively. */
  public Optional<String> header(String name) {
    List<String> values = headers.get(name);
    return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /** The key of an {@code Authorization: Bearer <key>} header, if any. */
  public Optional<String> bearerToken() {
    return header("Authorization")
        .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7))
        .map(value -> value.substring(7).trim());
  }

  /** The key the client sent: Anthropic's {@code x-api-key}, else a Bearer token. */
  public Optional<String> apiKey() {
    return header("x-api-key").or(this::bearerToken);
  }

  /** The requested {@code model}, or {@code null}. */
  public String model() {
    return text(field("model"));
  }

  /** Whether the client asked for an SSE stream ({@code "stream": true}). */
  public boolean stream() {
    return field("stream").asBoolean(false);
  }

  /** Whether a streaming client asked for a final usage chunk. */
  public boolean includeUsage() {
    return field("stream_options").path("include_usage").asBoolean(false);
  }

  /** The {@code messages} array, in order (copies). */
  public List<JsonNode> messages() {
    return elements(field("messages"));
  }

  /** The {@code tools} array (copies); empty when the client offered none. */
  public List<JsonNode> tools() {
    return elements(field("tools"));
  }

  /** The names of the offered tools, in order (OpenAI's {@code function.name} or {@code name}). */
  public List<String> toolNames() {
    return tools().stream()
        .map(tool -> tool.has("function") ? tool.path("function").path("name") : tool.path("name"))
        .map(JsonNode::asText)
        .toList();
  }

  /**
   * The system prompt's text: OpenAI's first {@code system} message, or Anthropic's top-level
   * {@code system} (a string or text blocks); {@code null} when there is none.
   */
  public String systemText() {
    if (json != null && json.has("system")) {
      return textOf(json.path("system"));
    }
    return messages().stream()
        .filter(message -> "system".equals(message.path("role").asText()))
        .findFirst()
        .map(RecordedRequest::contentText)
        .orElse(null);
  }

  /**
   * The tool calls the client sent back as history, in order: OpenAI's assistant {@code tool_calls}
   * or Anthropic's {@code tool_use} blocks (whose {@code input} becomes the arguments' JSON text).
   */
  public List<ToolCall> toolCalls() {
    return ToolHistory.calls(messages());
  }

  /**
   * The tool results the client sent, in order: OpenAI's {@code tool} messages or Anthropic's
   * {@code tool_result} blocks inside user messages.
   */
  public List<ToolResult> toolResults() {
    return ToolHistory.results(messages());
  }

  /** The roles of the messages, in order: a compact view of the conversation's shape. */
  public List<String> roles() {
    return messages().stream().map(message -> message.path("role").asText()).toList();
  }

  /**
   * The text of the last {@code user} message, or {@code null} if there is none. Anthropic user
   * messages that only carry tool results are skipped: they are not what the user said.
   */
  public String lastUserText() {
    List<JsonNode> messages = messages();
    for (int i = messages.size() - 1; i >= 0; i--) {
      JsonNode message = messages.get(i);
      if ("user".equals(message.path("role").asText())
          && (api() != Api.MESSAGES || contentText(message) != null)) {
        return contentText(message);
      }
    }
    return null;
  }

  /** The last message, or {@code null} when there are none. */
  public JsonNode lastMessage() {
    List<JsonNode> messages = messages();
    return messages.isEmpty() ? null : messages.get(messages.size() - 1);
  }

  /**
   * A message's text: {@code content} as a string, or the {@code text} parts of a content array
   * joined with newlines (clients send either form); {@code null} when it has none.
   */
  public static String contentText(JsonNode message) {
    return textOf(message.path("content"));
  }

  /** A string, or the {@code text} parts of a block array joined with newlines, else null. */
  static String textOf(JsonNode content) {
    if (content.isTextual()) {
      return content.asText();
    }
    if (content.isArray()) {
      List<String> texts = new ArrayList<>();
      for (JsonNode part : content) {
        if ("text".equals(part.path("type").asText())) {
          texts.add(part.path("text").asText());
        }
      }
      return texts.isEmpty() ? null : String.join("\n", texts);
    }
    return null;
  }

  private JsonNode field(String name) {
    return json == null ? MissingNode.getInstance() : json.path(name);
  }

  private static String text(JsonNode node) {
    return node.isTextual() ? node.asText() : null;
  }

  private static List<JsonNode> elements(JsonNode array) {
    List<JsonNode> list = new ArrayList<>();
    if (array.isArray()) {
      array.forEach(element -> list.add(element.deepCopy()));
    }
    return List.copyOf(list);
  }
}
