package dev.jhands.agent.loop;

import dev.jhands.events.conversation.ActionEvent;
import dev.jhands.events.conversation.AgentErrorEvent;
import dev.jhands.events.conversation.CondensationSummaryEvent;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.EventSource;
import dev.jhands.events.conversation.MessageEvent;
import dev.jhands.events.conversation.ObservationEvent;
import dev.jhands.events.conversation.SystemPromptEvent;
import dev.jhands.events.conversation.UserRejectObservation;
import dev.jhands.events.llm.Content;
import dev.jhands.events.llm.ImageContent;
import dev.jhands.events.llm.TextContent;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.data.message.AiMessage;
import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.ToolExecutionResultMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns the view into chat messages. The tool calls of one LLM response (one {@code
 * llm_response_id}) go back as one assistant message, as the model produced them; each result
 * follows as a tool message, whether an observation, an error or a rejection.
 */
final class LlmMessages {

  private LlmMessages() {}

  static List<ChatMessage> of(View view) {
    // The calls of one response, wherever their results fall in between (an error is logged right
    // after its call), go out together as the one assistant message the model sent.
    Map<String, List<ActionEvent>> byResponse = new LinkedHashMap<>();
    for (Event event : view.events()) {
      if (event instanceof ActionEvent action && action.toolCall() != null) {
        byResponse.computeIfAbsent(responseKey(action), k -> new ArrayList<>()).add(action);
      }
    }
    List<ChatMessage> messages = new ArrayList<>();
    Set<String> sent = new HashSet<>();
    for (Event event : view.events()) {
      if (event instanceof ActionEvent action) {
        if (action.toolCall() != null && sent.add(responseKey(action))) {
          messages.add(assistant(byResponse.get(responseKey(action))));
        }
        continue;
      }
      ChatMessage message = convert(event);
      if (message != null) {
        messages.add(message);
      }
    }
    // The prompt is recorded at the first run, possibly after the first messages; it leads anyway.
    List<ChatMessage> ordered = new ArrayList<>();
    messages.stream().filter(SystemMessage.class::isInstance).forEach(ordered::add);
    messages.stream().filter(m -> !(m instanceof SystemMessage)).forEach(ordered::add);
    return ordered;
  }

  private static String responseKey(ActionEvent action) {
    return action.llmResponseId() != null ? action.llmResponseId() : "action:" + action.id();
  }

  private static ChatMessage convert(Event event) {
    return switch (event) {
      case SystemPromptEvent system -> SystemMessage.from(system.systemPrompt().text());
      case MessageEvent message when message.source() == EventSource.AGENT ->
          AiMessage.from(text(message.llmMessage().content()));
      case MessageEvent message -> user(message.llmMessage().content());
      case ObservationEvent observation ->
          ToolExecutionResultMessage.from(
              observation.toolCallId(),
              observation.toolName(),
              text(observation.observation().content()));
      case AgentErrorEvent error when error.toolCallId() != null ->
          ToolExecutionResultMessage.from(error.toolCallId(), error.toolName(), error.error());
      case AgentErrorEvent error -> UserMessage.from(error.error());
      case UserRejectObservation rejection ->
          ToolExecutionResultMessage.from(
              rejection.toolCallId(),
              rejection.toolName(),
              "Action rejected: " + rejection.rejectionReason());
      case CondensationSummaryEvent summary ->
          UserMessage.from("Summary of the earlier conversation:\n" + summary.summary());
      default -> null;
    };
  }

  private static AiMessage assistant(List<ActionEvent> batch) {
    List<ToolExecutionRequest> calls =
        batch.stream()
            .map(
                a ->
                    ToolExecutionRequest.builder()
                        .id(a.toolCall().id())
                        .name(a.toolCall().name())
                        .arguments(a.toolCall().arguments())
                        .build())
            .toList();
    String thought = text(batch.getFirst().thought());
    return thought.isBlank() ? AiMessage.from(calls) : AiMessage.from(thought, calls);
  }

  private static UserMessage user(List<Content> content) {
    List<dev.langchain4j.data.message.Content> parts = new ArrayList<>();
    for (Content item : content) {
      if (item instanceof TextContent text) {
        parts.add(dev.langchain4j.data.message.TextContent.from(text.text()));
      } else if (item instanceof ImageContent image) {
        image
            .imageUrls()
            .forEach(url -> parts.add(dev.langchain4j.data.message.ImageContent.from(url)));
      }
    }
    if (parts.isEmpty()) {
      parts.add(dev.langchain4j.data.message.TextContent.from(""));
    }
    return UserMessage.from(parts);
  }

  static String text(List<? extends Content> content) {
    return content.stream()
        .filter(TextContent.class::isInstance)
        .map(c -> ((TextContent) c).text())
        .collect(Collectors.joining("\n"));
  }
}
