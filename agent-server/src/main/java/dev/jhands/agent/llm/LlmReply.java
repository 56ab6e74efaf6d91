package dev.jhands.agent.llm;

import dev.langchain4j.agent.tool.ToolExecutionRequest;
import java.util.List;

/**
 * One answer of the model.
 *
 * @param responseId the provider's id of the response, or a generated one
 * @param text the assistant's text, possibly empty
 * @param reasoning reasoning content when the provider returns it, else null
 * @param toolCalls the tool calls, in the model's order
 * @param promptTokens input tokens the provider counted (0 if it did not say)
 * @param completionTokens output tokens
 * @param cachedTokens input tokens served from the provider's prompt cache
 * @param latencySeconds wall time of the successful call
 */
public record LlmReply(
    String responseId,
    String text,
    String reasoning,
    List<ToolExecutionRequest> toolCalls,
    int promptTokens,
    int completionTokens,
    int cachedTokens,
    double latencySeconds) {

  public LlmReply {
    text = text == null ? "" : text;
    toolCalls = toolCalls == null ? List.of() : List.copyOf(toolCalls);
  }
}
