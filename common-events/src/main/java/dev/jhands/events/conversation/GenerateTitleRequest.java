package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.llm.LlmConfig;

/**
 * The body of {@code POST /api/conversations/{id}/generate_title} (baseline only, still called by
 * the Nov-2025 app server): {@code {"max_length": 50, "llm": LLM | null}}, {@code max_length} 1 to
 * 200; without an LLM the agent's is used.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record GenerateTitleRequest(Integer maxLength, LlmConfig llm) {

  public static final int DEFAULT_MAX_LENGTH = 50;

  public GenerateTitleRequest {
    maxLength = maxLength == null ? DEFAULT_MAX_LENGTH : maxLength;
  }
}
