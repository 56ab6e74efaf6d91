package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code browser_scroll}: {@code {"kind": "BrowserScrollAction", "direction": "down"}}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BrowserScrollAction(ScrollDirection direction) implements ToolAction {

  public BrowserScrollAction {
    direction = direction == null ? ScrollDirection.DOWN : direction;
  }
}
