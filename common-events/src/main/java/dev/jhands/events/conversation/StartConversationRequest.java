package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.secret.SecretSource;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The body of {@code POST /api/conversations} (contract §5.1): {@code {"agent", "workspace",
 * "conversation_id", "confirmation_policy", "initial_message", "max_iterations": 500,
 * "stuck_detection": true, "secrets": {NAME: SecretSource}}}.
 *
 * <p>Secrets inside (the LLM keys, static secret values, secret lookup headers) are masked when
 * written unless the writer exposes them, which is how the app server must send it: see {@code
 * Secrets.exposing}. HEAD's additional fields are ignored when read.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record StartConversationRequest(
    Agent agent,
    LocalWorkspace workspace,
    String conversationId,
    ConfirmationPolicy confirmationPolicy,
    SendMessageRequest initialMessage,
    Integer maxIterations,
    Boolean stuckDetection,
    Map<String, SecretSource> secrets) {

  public static final int DEFAULT_MAX_ITERATIONS = 500;

  public StartConversationRequest {
    confirmationPolicy = confirmationPolicy == null ? new NeverConfirm() : confirmationPolicy;
    maxIterations = maxIterations == null ? DEFAULT_MAX_ITERATIONS : maxIterations;
    stuckDetection = stuckDetection == null ? Boolean.TRUE : stuckDetection;
    secrets =
        secrets == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(secrets));
  }
}
