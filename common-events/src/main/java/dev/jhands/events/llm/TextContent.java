package dev.jhands.events.llm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** Text content: {@code {"type": "text", "text": "...", "cache_prompt": false}}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record TextContent(boolean cachePrompt, String text) implements Content {

  public static TextContent of(String text) {
    return new TextContent(false, text);
  }
}
