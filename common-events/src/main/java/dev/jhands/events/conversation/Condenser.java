package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * How an agent keeps its history within the context window: {@code {"kind":
 * "LLMSummarizingCondenser" | "NoOpCondenser" | "PipelineCondenser", ...}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
@JsonSubTypes({
  @JsonSubTypes.Type(value = LLMSummarizingCondenser.class, name = "LLMSummarizingCondenser"),
  @JsonSubTypes.Type(value = NoOpCondenser.class, name = "NoOpCondenser"),
  @JsonSubTypes.Type(value = PipelineCondenser.class, name = "PipelineCondenser")
})
public sealed interface Condenser
    permits LLMSummarizingCondenser, NoOpCondenser, PipelineCondenser {}
