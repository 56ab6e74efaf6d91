package dev.jhands.events.app;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.conversation.ExecutionStatus;
import dev.jhands.events.llm.MetricsSnapshot;
import java.util.List;

/**
 * A conversation as the app server lists it (agent-server.md §8): the stored info combined with the
 * live sandbox and agent state.
 *
 * <p>The frontend takes {@code conversation_url} ({@code <agent server url>/api/conversations/<id
 * hex>}) and {@code session_api_key} from here to talk to the sandbox directly. {@code
 * execution_status} is the agent server's value, null unless the sandbox is running. {@code
 * sandbox_status} defaults to {@code MISSING}, the lists to empty.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AppConversation(
    String id,
    String createdByUserId,
    String sandboxId,
    String selectedRepository,
    String selectedBranch,
    String gitProvider,
    String title,
    String trigger,
    List<Integer> prNumber,
    String llmModel,
    MetricsSnapshot metrics,
    String parentConversationId,
    List<String> subConversationIds,
    String createdAt,
    String updatedAt,
    SandboxStatus sandboxStatus,
    ExecutionStatus executionStatus,
    String conversationUrl,
    String sessionApiKey) {

  public AppConversation {
    prNumber = prNumber == null ? List.of() : List.copyOf(prNumber);
    subConversationIds = subConversationIds == null ? List.of() : List.copyOf(subConversationIds);
    sandboxStatus = sandboxStatus == null ? SandboxStatus.MISSING : sandboxStatus;
  }
}
