package dev.jhands.events.runtime;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;
import java.util.Map;

/**
 * The runtime object of the runtime API (runtime-api.md §2.9): the answer of {@code /start}, {@code
 * /sessions/{id}}, {@code /runtime/{id}}, each entry of {@code /sessions/batch} and of {@code
 * /list}. (Not {@link java.lang.Runtime}; inside this package the name means this record.)
 *
 * <p>Scalar typing, chosen so that every client parses it:
 *
 * <ul>
 *   <li>{@code runtime_id}, {@code session_id}, {@code url}, {@code session_api_key}, {@code
 *       status} and {@code status_detail} are JSON strings or null, never numbers: V1-new validates
 *       exactly these six strictly as {@code str | None}, and one bad entry fails a whole {@code
 *       /list}. They are always written, null included, because V1-2025 indexes {@code
 *       runtime['session_api_key']} without a default.
 *   <li>{@code pod_status} is a string, left out when null: V1-2025 and the SDK call {@code
 *       .lower()} on it, which a JSON null breaks, while an absent key is what {@code /start}
 *       replies and list items already look like.
 *   <li>{@code restart_count} is a JSON integer, left out when null: the SDK compares it with
 *       {@code > 0}, which neither a string nor a null survives; V1-new ignores it as an extra key.
 *   <li>{@code work_hosts} maps host URL to port (integer) and defaults to {@code {}}, as V0 reads
 *       it.
 *   <li>The other diagnostics ({@code restart_reasons}, {@code container_statuses}, {@code events},
 *       {@code pod_logs}) are only logged by clients; the contract leaves their items free-form, so
 *       container statuses and events are kept as JSON. They are left out when null.
 * </ul>
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Runtime(
    String runtimeId,
    String sessionId,
    String url,
    String sessionApiKey,
    RuntimeStatus status,
    @JsonInclude(JsonInclude.Include.NON_NULL) PodStatus podStatus,
    String statusDetail,
    Map<String, Integer> workHosts,
    @JsonInclude(JsonInclude.Include.NON_NULL) Integer restartCount,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<String> restartReasons,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<JsonNode> containerStatuses,
    @JsonInclude(JsonInclude.Include.NON_NULL) List<JsonNode> events,
    @JsonInclude(JsonInclude.Include.NON_NULL) String podLogs) {

  public Runtime {
    workHosts = workHosts == null ? Map.of() : Map.copyOf(workHosts);
    restartReasons = restartReasons == null ? null : List.copyOf(restartReasons);
    containerStatuses = deepCopy(containerStatuses);
    events = deepCopy(events);
  }

  private static List<JsonNode> deepCopy(List<JsonNode> nodes) {
    return nodes == null ? null : nodes.stream().<JsonNode>map(JsonNode::deepCopy).toList();
  }
}
