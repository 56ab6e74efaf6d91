package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code browser_click}: {@code {"kind": "BrowserClickAction", "index", "new_tab": false}}, where
 * {@code index} is an element index from {@code browser_get_state}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BrowserClickAction(int index, boolean newTab) implements ToolAction {}
