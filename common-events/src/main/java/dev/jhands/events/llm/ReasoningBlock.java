package dev.jhands.events.llm;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * An Anthropic extended-thinking block, keyed by {@code type}: {@code "thinking"} or {@code
 * "redacted_thinking"}. They must be sent back to the API unchanged with later tool results.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({
  @JsonSubTypes.Type(value = ThinkingBlock.class, name = "thinking"),
  @JsonSubTypes.Type(value = RedactedThinkingBlock.class, name = "redacted_thinking")
})
public sealed interface ReasoningBlock permits ThinkingBlock, RedactedThinkingBlock {}
