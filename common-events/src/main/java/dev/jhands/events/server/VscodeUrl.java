package dev.jhands.events.server;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The answer of the agent server's {@code GET /api/vscode/url} (agent-server.md §2.4): the VS Code
 * URL with its connection token, or null when none is available. {@code GET /api/desktop/url}
 * answers in the same shape with the noVNC URL.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record VscodeUrl(String url) {}
