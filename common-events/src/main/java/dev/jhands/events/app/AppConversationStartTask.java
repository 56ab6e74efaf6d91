package dev.jhands.events.app;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * The progress record of one app conversation start (agent-server.md §8, §9), the answer of {@code
 * POST /api/v1/app-conversations} and of the start-task routes. The frontend polls it until {@code
 * READY} (then {@code app_conversation_id} is set) or {@code ERROR} (then {@code detail} says why).
 *
 * <p>Ids are UUIDs as 32 hex digits, as OpenHands writes them; timestamps are ISO-8601 text, kept
 * as written. {@code status} defaults to {@code WORKING}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AppConversationStartTask(
    String id,
    String createdByUserId,
    StartTaskStatus status,
    String detail,
    String appConversationId,
    String sandboxId,
    String agentServerUrl,
    AppConversationStartRequest request,
    String createdAt,
    String updatedAt) {

  public AppConversationStartTask {
    status = status == null ? StartTaskStatus.WORKING : status;
  }
}
