package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/**
 * One entry of an agent's {@code tools}: {@code {"name": "terminal", "params": {}}}, where {@code
 * name} is a tool registry name (see {@code ToolNames}) and {@code params} go to the tool's
 * factory. It is the SDK's {@code Tool} spec and has no {@code kind}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ToolSpec(String name, JsonNode params) {

  public ToolSpec {
    params =
        params == null || params.isNull()
            ? JsonNodeFactory.instance.objectNode()
            : params.deepCopy();
  }

  public static ToolSpec named(String name) {
    return new ToolSpec(name, null);
  }
}
