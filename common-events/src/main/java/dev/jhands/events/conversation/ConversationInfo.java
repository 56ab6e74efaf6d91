package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.llm.MetricsSnapshot;
import dev.jhands.events.secret.SecretRegistry;
import java.util.List;

/**
 * A conversation as the agent server describes it (contract §5.3), in REST answers, the {@code
 * conversations} webhook and the {@code full_state} snapshot: the serialised ConversationState
 * ({@code id}, {@code agent}, {@code workspace}, {@code persistence_dir}, {@code max_iterations},
 * {@code stuck_detection}, {@code execution_status}, {@code confirmation_policy}, {@code
 * security_analyzer}, {@code activated_knowledge_skills}, {@code stats}, {@code secret_registry})
 * plus {@code title}, {@code metrics}, {@code created_at} and {@code updated_at}.
 *
 * <p>A conversation search answers with a {@code Page<ConversationInfo>} ({@code
 * dev.jhands.events.api.Page}). Timestamps are pydantic UTC strings ({@link
 * EventTimestamps#formatUtc}). Older SDKs wrote {@code secrets_manager}; it is read as {@code
 * secret_registry}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record ConversationInfo(
    String id,
    Agent agent,
    Workspace workspace,
    String persistenceDir,
    Integer maxIterations,
    Boolean stuckDetection,
    ExecutionStatus executionStatus,
    ConfirmationPolicy confirmationPolicy,
    SecurityAnalyzer securityAnalyzer,
    List<String> activatedKnowledgeSkills,
    ConversationStats stats,
    @JsonAlias("secrets_manager") SecretRegistry secretRegistry,
    String title,
    MetricsSnapshot metrics,
    String createdAt,
    String updatedAt) {

  public static final String DEFAULT_PERSISTENCE_DIR = "workspace/conversations";

  public ConversationInfo {
    persistenceDir = persistenceDir == null ? DEFAULT_PERSISTENCE_DIR : persistenceDir;
    maxIterations =
        maxIterations == null ? StartConversationRequest.DEFAULT_MAX_ITERATIONS : maxIterations;
    stuckDetection = stuckDetection == null ? Boolean.TRUE : stuckDetection;
    executionStatus = executionStatus == null ? ExecutionStatus.IDLE : executionStatus;
    confirmationPolicy = confirmationPolicy == null ? new NeverConfirm() : confirmationPolicy;
    activatedKnowledgeSkills =
        activatedKnowledgeSkills == null ? List.of() : List.copyOf(activatedKnowledgeSkills);
    stats = stats == null ? ConversationStats.EMPTY : stats;
    secretRegistry = secretRegistry == null ? SecretRegistry.EMPTY : secretRegistry;
  }
}
