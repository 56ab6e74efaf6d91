package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.llm.MessageToolCall;
import dev.jhands.events.llm.ReasoningBlock;
import dev.jhands.events.llm.ReasoningItemModel;
import dev.jhands.events.llm.TextContent;
import dev.jhands.events.tool.ToolAction;
import java.util.List;

/**
 * One tool call of the agent: {@code {"kind": "ActionEvent", "source": "agent", "thought": [...],
 * "reasoning_content", "thinking_blocks", "responses_reasoning_item", "action", "tool_name",
 * "tool_call_id", "tool_call", "llm_response_id", "security_risk"}}.
 *
 * <p>{@code action} is null when the call could not be turned into an action (unknown tool, bad
 * arguments); an AgentErrorEvent follows. Of several calls in one LLM response (same {@code
 * llm_response_id}) only the first carries the thought and reasoning.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ActionEvent(
    String id,
    String timestamp,
    EventSource source,
    List<TextContent> thought,
    String reasoningContent,
    List<ReasoningBlock> thinkingBlocks,
    ReasoningItemModel responsesReasoningItem,
    ToolAction action,
    String toolName,
    String toolCallId,
    MessageToolCall toolCall,
    String llmResponseId,
    SecurityRisk securityRisk)
    implements Event {

  public ActionEvent {
    id = EventDefaults.id(id);
    timestamp = EventDefaults.timestamp(timestamp);
    source = EventDefaults.source(source, EventSource.AGENT);
    thought = thought == null ? List.of() : List.copyOf(thought);
    thinkingBlocks = thinkingBlocks == null ? List.of() : List.copyOf(thinkingBlocks);
    securityRisk = securityRisk == null ? SecurityRisk.UNKNOWN : securityRisk;
  }
}
