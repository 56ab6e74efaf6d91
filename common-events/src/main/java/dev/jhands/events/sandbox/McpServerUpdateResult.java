package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The body of a 200 from {@code POST /update_mcp_server}. {@code router_error_log} is "" unless
 * remounting the MCP proxy failed, in which case it holds the error (and the status is still 200).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record McpServerUpdateResult(String detail, String routerErrorLog) {

  public static final String UPDATED = "MCP server updated successfully";

  public static McpServerUpdateResult updated() {
    return new McpServerUpdateResult(UPDATED, "");
  }
}
