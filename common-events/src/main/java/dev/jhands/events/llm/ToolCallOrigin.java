package dev.jhands.events.llm;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Which LLM API family produced a tool call. */
public enum ToolCallOrigin {
  @JsonProperty("completion")
  COMPLETION,
  @JsonProperty("responses")
  RESPONSES
}
