package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One entry of the list {@code POST /update_mcp_server} takes: an MCP server the sandbox starts
 * over stdio, with its command line and extra environment.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record McpStdioServerConfig(
    @JsonProperty(required = true) String name,
    @JsonProperty(required = true) String command,
    List<String> args,
    @JsonSerialize(using = FreeForm.Serializer.class) Map<String, String> env) {

  public McpStdioServerConfig {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(command, "command");
    args = args == null ? List.of() : List.copyOf(args);
    env = FreeForm.map(env);
  }
}
