package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Map;
import java.util.Objects;

/** {@code mcp}: the result of an MCP tool call, with the tool's name and arguments echoed. */
@JsonTypeName("mcp")
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonIgnoreProperties(ignoreUnknown = true)
public record McpObservation(
    @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String content,
    String name,
    @JsonSerialize(using = FreeForm.Serializer.class) Map<String, Object> arguments)
    implements SandboxObservation {

  public McpObservation {
    content = Objects.requireNonNullElse(content, "");
    name = Objects.requireNonNullElse(name, "");
    arguments = FreeForm.map(arguments);
  }

  @Override
  public String message() {
    return content;
  }
}
