package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * An error of the agent scaffold about one tool call (unknown tool, arguments that do not
 * validate), sent back to the LLM as the tool result: {@code {"kind": "AgentErrorEvent", "source":
 * "agent", "tool_name", "tool_call_id", "error"}}. The conversation goes on.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record AgentErrorEvent(
    String id,
    String timestamp,
    EventSource source,
    String toolName,
    String toolCallId,
    String error)
    implements Event {

  public AgentErrorEvent {
    id = EventDefaults.id(id);
    timestamp = EventDefaults.timestamp(timestamp);
    source = EventDefaults.source(source, EventSource.AGENT);
  }
}
