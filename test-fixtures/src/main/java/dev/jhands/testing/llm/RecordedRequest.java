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

  /** A copy of the parsed body, or {@code null} when the body is not JSON. */
  @Override
  public JsonNode json() {
    return json == null ? null : json.deepCopy();
  }

  /** Whether this is a chat-completion call (as opposed to e.g. a model listing). */
  public boolean isChatCompletion() {
    return "POST".equals(method) && ScriptedLlmServer.isChatCompletionsPath(path);
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

  /** The names of the offered functions, in order. */
  public List<String> toolNames() {
    return tools().stream().map(tool -> tool.path("function").path("name").asText()).toList();
  }

  /** The roles of the messages, in order: a compact view of the conversation's shape. */
  public List<String> roles() {
    return messages().stream().map(message -> message.path("role").asText()).toList();
  }

  /** The text of the last {@code user} message, or {@code null} if there is none. */
  public String lastUserText() {
    List<JsonNode> messages = messages();
    for (int i = messages.size() - 1; i >= 0; i--) {
      if ("user".equals(messages.get(i).path("role").asText())) {
        return contentText(messages.get(i));
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
    JsonNode content = message.path("content");
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
