package dev.jhands.events.llm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * A tool call as the LLM returned it: {@code {"id", "name", "arguments", "origin"}}, where {@code
 * arguments} is the JSON object encoded as a string, exactly as received (it may not even parse).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageToolCall(String id, String name, String arguments, ToolCallOrigin origin) {

  public static MessageToolCall completion(String id, String name, String arguments) {
    return new MessageToolCall(id, name, arguments, ToolCallOrigin.COMPLETION);
  }
}
