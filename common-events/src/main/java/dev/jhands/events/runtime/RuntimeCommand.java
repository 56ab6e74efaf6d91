package dev.jhands.events.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code command} of a {@code POST /start} body (runtime-api.md §2.1): either an argument
 * vector, as V0 and V1 send it ({@code ["/usr/local/bin/openhands-agent-server", "--port",
 * "60000"]}), or one command line, as the SDK sends it ({@code
 * "/usr/local/bin/openhands-agent-server --port 60000"}).
 *
 * <p>The contract leaves the type open (§7) and both forms occur, so this keeps the form it was
 * read in and writes it back unchanged. Exactly one of {@link #argv()} and {@link #line()} is set.
 * How a line is run (split, or handed to a shell) is the runtime API's decision, not the wire
 * model's.
 */
public record RuntimeCommand(List<String> argv, String line) {

  public RuntimeCommand {
    if ((argv == null) == (line == null)) {
      throw new IllegalArgumentException("a command is either an argument vector or one line");
    }
    argv = argv == null ? null : List.copyOf(argv);
  }

  public static RuntimeCommand ofArgv(String... argv) {
    return new RuntimeCommand(List.of(argv), null);
  }

  public static RuntimeCommand ofLine(String line) {
    return new RuntimeCommand(null, line);
  }

  /** Reads a JSON string or a JSON list of strings; anything else is not a command. */
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static RuntimeCommand fromJson(JsonNode json) {
    if (json.isTextual()) {
      return ofLine(json.textValue());
    }
    if (!json.isArray()) {
      throw new IllegalArgumentException("command must be a string or a list of strings");
    }
    List<String> argv = new ArrayList<>(json.size());
    for (JsonNode element : json) {
      if (!element.isTextual()) {
        throw new IllegalArgumentException("command list items must be strings");
      }
      argv.add(element.textValue());
    }
    return new RuntimeCommand(argv, null);
  }

  @JsonValue
  Object toJson() {
    return line != null ? line : argv;
  }

  /** True when the command arrived as one line rather than as an argument vector. */
  @JsonIgnore
  public boolean isLine() {
    return line != null;
  }
}
