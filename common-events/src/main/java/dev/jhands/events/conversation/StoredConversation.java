package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.llm.MetricsSnapshot;
import dev.jhands.events.secret.SecretSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A conversation's {@code meta.json} on the agent server: the start request's fields plus {@code
 * id}, {@code title}, {@code metrics}, {@code created_at} and {@code updated_at} (pydantic UTC
 * datetimes, see {@link EventTimestamps#formatUtc}). Secrets are written masked unless exposed;
 * encrypting them for disk is the server's business.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StoredConversation(
    Agent agent,
    LocalWorkspace workspace,
    String conversationId,
    ConfirmationPolicy confirmationPolicy,
    SendMessageRequest initialMessage,
    Integer maxIterations,
    Boolean stuckDetection,
    Map<String, SecretSource> secrets,
    String id,
    String title,
    MetricsSnapshot metrics,
    String createdAt,
    String updatedAt) {

  public StoredConversation {
    confirmationPolicy = confirmationPolicy == null ? new NeverConfirm() : confirmationPolicy;
    maxIterations =
        maxIterations == null ? StartConversationRequest.DEFAULT_MAX_ITERATIONS : maxIterations;
    stuckDetection = stuckDetection == null ? Boolean.TRUE : stuckDetection;
    secrets =
        secrets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(secrets));
  }

  /** The stored form of a start request, as created now. */
  public static StoredConversation of(
      StartConversationRequest request, String id, String createdAt) {
    return new StoredConversation(
        request.agent(),
        request.workspace(),
        request.conversationId(),
        request.confirmationPolicy(),
        request.initialMessage(),
        request.maxIterations(),
        request.stuckDetection(),
        request.secrets(),
        id,
        null,
        null,
        createdAt,
        createdAt);
  }
}
