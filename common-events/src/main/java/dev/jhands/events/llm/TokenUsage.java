package dev.jhands.events.llm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Token counts of one LLM call, or accumulated over many: {@code {"model", "prompt_tokens",
 * "completion_tokens", "cache_read_tokens", "cache_write_tokens", "reasoning_tokens",
 * "context_window", "per_turn_token", "response_id"}}; absent counts are 0.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TokenUsage(
    String model,
    int promptTokens,
    int completionTokens,
    int cacheReadTokens,
    int cacheWriteTokens,
    int reasoningTokens,
    int contextWindow,
    int perTurnToken,
    String responseId) {

  public TokenUsage {
    model = model == null ? "" : model;
    responseId = responseId == null ? "" : responseId;
  }

  /** Zero usage for a model, as the SDK starts its accumulator. */
  public static TokenUsage zero(String model) {
    return new TokenUsage(model, 0, 0, 0, 0, 0, 0, 0, "");
  }
}
