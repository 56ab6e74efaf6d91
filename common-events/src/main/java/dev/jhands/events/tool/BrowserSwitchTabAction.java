package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * {@code browser_switch_tab}: {@code {"kind": "BrowserSwitchTabAction", "tab_id"}}, a 4-character
 * id from {@code browser_list_tabs}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record BrowserSwitchTabAction(String tabId) implements ToolAction {}
