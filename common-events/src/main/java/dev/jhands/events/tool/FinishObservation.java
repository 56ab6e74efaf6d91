package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.llm.Content;
import java.util.List;

/**
 * The {@code finish} tool's result: {@code {"kind": "FinishObservation", "content", "is_error"}}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FinishObservation(List<Content> content, boolean isError) implements ToolObservation {

  public FinishObservation {
    content = content == null ? List.of() : List.copyOf(content);
  }
}
