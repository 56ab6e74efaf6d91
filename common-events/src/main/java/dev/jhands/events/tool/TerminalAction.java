package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The {@code terminal} tool's arguments: {@code {"kind": "ExecuteBashAction", "command": "...",
 * "is_input": false, "timeout": null, "reset": false}}. {@code timeout} is in seconds (a float);
 * {@code is_input} sends the command to the running process instead of starting a new one.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TerminalAction(String command, boolean isInput, Double timeout, boolean reset)
    implements ToolAction {

  public static TerminalAction of(String command) {
    return new TerminalAction(command, false, null, false);
  }
}
