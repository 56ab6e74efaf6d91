package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code browser_navigate}: {@code {"kind": "BrowserNavigateAction", "url", "new_tab": false}}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BrowserNavigateAction(String url, boolean newTab) implements ToolAction {}
