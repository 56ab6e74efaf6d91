package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.llm.Content;
import java.util.List;

/**
 * The result of every {@code browser_*} tool: {@code {"kind": "BrowserObservation", "content",
 * "is_error", "screenshot_data"}}, where {@code screenshot_data} is base64 image data (no data: URL
 * prefix) or null.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BrowserObservation(List<Content> content, boolean isError, String screenshotData)
    implements ToolObservation {

  public BrowserObservation {
    content = content == null ? List.of() : List.copyOf(content);
  }
}
