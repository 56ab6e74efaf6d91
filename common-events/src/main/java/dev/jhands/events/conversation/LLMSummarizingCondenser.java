package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.llm.LlmConfig;

/**
 * Once the view holds more than {@code max_size} events, keep the first {@code keep_first} and
 * replace the middle with an LLM summary: {@code {"kind": "LLMSummarizingCondenser", "llm": {...},
 * "max_size": 120, "keep_first": 4}}. The default agent uses 80 and 4, with a copy of its LLM whose
 * {@code usage_id} is {@code "condenser"}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LLMSummarizingCondenser(LlmConfig llm, Integer maxSize, Integer keepFirst)
    implements Condenser {

  public LLMSummarizingCondenser {
    maxSize = maxSize == null ? 120 : maxSize;
    keepFirst = keepFirst == null ? 4 : keepFirst;
  }
}
