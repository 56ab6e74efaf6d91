package dev.jhands.events.llm;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The role of an LLM message, as the chat APIs name it (not the event source). */
public enum Role {
  @JsonProperty("user")
  USER,
  @JsonProperty("system")
  SYSTEM,
  @JsonProperty("assistant")
  ASSISTANT,
  @JsonProperty("tool")
  TOOL
}
