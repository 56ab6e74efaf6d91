package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.llm.Content;
import dev.jhands.events.sandbox.CmdOutputMetadata;
import java.util.List;

/**
 * The {@code terminal} tool's result: {@code {"kind": "ExecuteBashObservation", "content": [...],
 * "is_error", "command", "exit_code", "timeout", "metadata"}}. An {@code exit_code} of -1 means the
 * command hit the soft timeout and is still running; {@code timeout} says whether it timed out.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TerminalObservation(
    List<Content> content,
    boolean isError,
    String command,
    Integer exitCode,
    boolean timeout,
    CmdOutputMetadata metadata)
    implements ToolObservation {

  public TerminalObservation {
    content = content == null ? List.of() : List.copyOf(content);
    metadata = metadata == null ? CmdOutputMetadata.DEFAULT : metadata;
  }
}
