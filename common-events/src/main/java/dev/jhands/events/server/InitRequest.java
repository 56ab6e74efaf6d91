package dev.jhands.events.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * The body of {@code POST /api/init} (runtime-api.md §5.1): the per-user configuration that
 * activates a dormant warm agent server. The runtime API sends it with {@code X-Init-API-Key}.
 *
 * <p>Every field is optional, and null means "keep the dormant server's value"; an absent {@code
 * secret_key} falls back to the first session key. {@code env} is applied to the process
 * environment before the conversation services start. {@code telemetry} (OpenHands' analytics
 * transport) is carried as JSON and not interpreted by jhands. The paths are absolute in-sandbox
 * paths. The record has no field of jhands' own: OpenHands' server rejects unknown fields here.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InitRequest(
    List<String> sessionApiKeys,
    String secretKey,
    String conversationsPath,
    String bashEventsDir,
    String conversationWorktreeRoot,
    List<WebhookSpec> webhooks,
    String webUrl,
    List<String> allowCorsOrigins,
    Integer maxConcurrentRuns,
    Map<String, String> env,
    JsonNode telemetry) {

  public InitRequest {
    sessionApiKeys = sessionApiKeys == null ? null : List.copyOf(sessionApiKeys);
    webhooks = webhooks == null ? null : List.copyOf(webhooks);
    allowCorsOrigins = allowCorsOrigins == null ? null : List.copyOf(allowCorsOrigins);
    env = env == null ? null : Map.copyOf(env);
    telemetry = telemetry == null ? null : telemetry.deepCopy();
  }
}
