package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.llm.TextContent;
import java.util.List;

/**
 * The first event of every conversation: {@code {"kind": "SystemPromptEvent", "source": "agent",
 * "system_prompt": {"type": "text", ...}, "tools": [...]}}, where {@code tools} are the OpenAI
 * function schemas ({@code {"type": "function", "function": {"name", "description",
 * "parameters"}}}) sent to the LLM, kept as raw JSON.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SystemPromptEvent(
    String id, String timestamp, EventSource source, TextContent systemPrompt, List<JsonNode> tools)
    implements Event {

  public SystemPromptEvent {
    id = EventDefaults.id(id);
    timestamp = EventDefaults.timestamp(timestamp);
    source = EventDefaults.source(source, EventSource.AGENT);
    tools = tools == null ? List.of() : tools.stream().<JsonNode>map(JsonNode::deepCopy).toList();
  }
}
