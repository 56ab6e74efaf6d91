package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.jhands.events.json.PythonRepr;
import java.util.Map;
import java.util.Objects;

/**
 * {@code call_tool_mcp}: a call of the MCP tool {@code name} with free-form {@code arguments}
 * (OpenHands' {@code MCPAction}). The client runs it through its MCP clients, not the server.
 */
@JsonTypeName("call_tool_mcp")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record McpAction(
    @JsonProperty(required = true) String name,
    @JsonSerialize(using = FreeForm.Serializer.class) Map<String, Object> arguments,
    String thought,
    SecurityRisk securityRisk)
    implements SandboxAction {

  public McpAction {
    Objects.requireNonNull(name, "name");
    arguments = FreeForm.map(arguments);
    thought = Objects.requireNonNullElse(thought, "");
    securityRisk = Objects.requireNonNullElse(securityRisk, SecurityRisk.UNKNOWN);
  }

  /** OpenHands formats the arguments with Python's dict repr, quotes and all. */
  @Override
  public String message() {
    return "I am interacting with the MCP server with name:\n```\n"
        + name
        + "\n```\nand arguments:\n```\n"
        + PythonRepr.repr(arguments)
        + "\n```";
  }
}
