package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.llm.Content;
import java.util.List;

/**
 * The {@code think} tool's result: {@code {"kind": "ThinkObservation", "content", "is_error"}}; the
 * SDK answers "Your thought has been logged.".
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ThinkObservation(List<Content> content, boolean isError) implements ToolObservation {

  public ThinkObservation {
    content = content == null ? List.of() : List.copyOf(content);
  }
}
