package dev.jhands.agent.tool;

import dev.jhands.events.tool.ToolNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * The tools an agent may name in its spec, as {@code GET /api/tools/} lists them. Like the SDK's
 * registry it holds registry names (the browser tools as the one {@code browser_tool_set}), not the
 * built-in {@code finish} and {@code think}, which every agent has without asking. The agent loop
 * replaces this bean once it registers tools of its own.
 */
@ApplicationScoped
public class ToolRegistry {

  public List<String> names() {
    return ToolNames.DEFAULT_AGENT;
  }
}
