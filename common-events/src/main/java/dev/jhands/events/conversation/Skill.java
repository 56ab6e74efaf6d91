package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * A piece of knowledge or instructions the agent context can add to the prompt: {@code {"name",
 * "content", "trigger", "source", "mcp_tools", "inputs"}}. {@code trigger} null means always active
 * (repository guidelines); {@code mcp_tools} is an MCP config kept as raw JSON.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Skill(
    String name,
    String content,
    SkillTrigger trigger,
    String source,
    JsonNode mcpTools,
    List<InputMetadata> inputs) {

  public Skill {
    mcpTools = mcpTools == null || mcpTools.isNull() ? null : mcpTools.deepCopy();
    inputs = inputs == null ? List.of() : List.copyOf(inputs);
  }
}
