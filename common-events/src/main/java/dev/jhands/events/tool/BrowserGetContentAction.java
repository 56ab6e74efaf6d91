package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code browser_get_content}: {@code {"kind": "BrowserGetContentAction", "extract_links": false,
 * "start_from_char": 0}}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BrowserGetContentAction(boolean extractLinks, int startFromChar)
    implements ToolAction {}
