package dev.jhands.events.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.conversation.SendMessageRequest;
import java.util.List;

/**
 * The body of {@code POST /api/v1/app-conversations} and {@code .../stream-start} on the app server
 * (agent-server.md §8), also echoed as the {@code request} of a start task.
 *
 * <p>{@code initial_message} is passed on to the agent server as is. {@code processors}
 * (event-callback processors, kind-tagged) are carried as JSON: the app server stores them and runs
 * the kinds it knows. {@code git_provider} ({@code github}, {@code gitlab}, {@code bitbucket}, ...)
 * and {@code trigger} ({@code gui}, {@code resolver}, ...) stay strings because OpenHands keeps
 * adding values to both. {@code pr_number} defaults to empty and {@code agent_type} to {@code
 * default}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AppConversationStartRequest(
    String sandboxId,
    SendMessageRequest initialMessage,
    List<JsonNode> processors,
    String llmModel,
    String selectedRepository,
    String selectedBranch,
    String gitProvider,
    String title,
    String trigger,
    List<Integer> prNumber,
    String parentConversationId,
    AgentType agentType) {

  public AppConversationStartRequest {
    processors =
        processors == null ? null : processors.stream().<JsonNode>map(JsonNode::deepCopy).toList();
    prNumber = prNumber == null ? List.of() : List.copyOf(prNumber);
    agentType = agentType == null ? AgentType.DEFAULT : agentType;
  }
}
