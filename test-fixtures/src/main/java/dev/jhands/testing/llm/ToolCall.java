package dev.jhands.testing.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Objects;

/**
 * One function call the scripted assistant makes ({@code tool_calls[i]} of the reply).
 *
 * <p>The arguments are a JSON <em>string</em>, as on the wire, and are deliberately not validated:
 * real models sometimes emit broken JSON and the agent's handling of that deserves tests too.
 *
 * @param id the call's id, or {@code null} to let the server assign {@code call_<request
 *     number>_<index>}, which is unique per server and predictable in a test
 * @param name the function (tool) name
 * @param arguments the arguments as JSON text, e.g. {@code {"command":"ls"}}
 */
public record ToolCall(String id, String name, String arguments) {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Requires a name and arguments: the protocol has no call without them. */
  public ToolCall {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(arguments, "arguments");
  }

  /** A call with a server-assigned id. */
  public static ToolCall of(String name, String argumentsJson) {
    return new ToolCall(null, name, argumentsJson);
  }

  /** A call whose arguments are serialized from a map (keys in the map's iteration order). */
  public static ToolCall of(String name, Map<String, ?> arguments) {
    try {
      return new ToolCall(null, name, JSON.writeValueAsString(arguments));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("arguments are not serializable as JSON", e);
    }
  }

  /** The same call with a fixed id, for tests that assert the agent echoes it back. */
  public ToolCall withId(String newId) {
    return new ToolCall(Objects.requireNonNull(newId, "id"), name, arguments);
  }
}
