package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The built-in {@code finish} tool's arguments: {@code {"kind": "FinishAction", "message": "..."}},
 * the final message to the user. Executing it sets the conversation to {@code finished}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record FinishAction(String message) implements ToolAction {}
