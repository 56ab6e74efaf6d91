package dev.jhands.events.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * The answer of the agent server's {@code GET /server_info} (agent-server.md §2.1; runtime-api.md
 * §5.3). {@code uptime} and {@code idle_time} are seconds as JSON floats ({@code 42.0}), as
 * OpenHands writes them; {@code idle_time} counts from the last event or command, and idle reaping
 * reads it. {@code title}, {@code docs} and {@code redoc} default to OpenHands' values.
 *
 * <p>The fields after {@code redoc} are the newer servers' extras: optional, and left out when null
 * so the baseline shape stays as it was.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AgentServerInfo(
    double uptime,
    double idleTime,
    String title,
    String version,
    String docs,
    String redoc,
    @JsonInclude(JsonInclude.Include.NON_NULL) String sdkVersion,
    @JsonInclude(JsonInclude.Include.NON_NULL) String toolsVersion,
    @JsonInclude(JsonInclude.Include.NON_NULL) String buildGitSha,
    @JsonInclude(JsonInclude.Include.NON_NULL) String buildGitRef,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> usableTools,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> capabilities,
    @JsonInclude(JsonInclude.Include.NON_NULL) Double runtimeIdleTimeoutSeconds) {

  public static final String TITLE = "OpenHands Agent Server";

  public AgentServerInfo {
    title = title == null ? TITLE : title;
    docs = docs == null ? "/docs" : docs;
    redoc = redoc == null ? "/redoc" : redoc;
    usableTools = usableTools == null ? null : List.copyOf(usableTools);
    capabilities = capabilities == null ? null : List.copyOf(capabilities);
  }

  /** The baseline answer: times and version, defaults for the rest, no extras. */
  public static AgentServerInfo of(double uptime, double idleTime, String version) {
    return new AgentServerInfo(
        uptime, idleTime, null, version, null, null, null, null, null, null, null, null, null);
  }
}
