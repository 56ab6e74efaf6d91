package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.llm.Message;
import dev.jhands.events.llm.TextContent;
import java.util.List;

/**
 * A user's message or the agent's plain-text reply: {@code {"kind": "MessageEvent", "source",
 * "llm_message": {...}, "llm_response_id", "activated_skills": [], "extended_content": []}}. {@code
 * extended_content} is what the agent context appended for the LLM (skills, suffixes); {@code
 * llm_response_id} is null unless the agent wrote it.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record MessageEvent(
    String id,
    String timestamp,
    EventSource source,
    Message llmMessage,
    String llmResponseId,
    List<String> activatedSkills,
    List<TextContent> extendedContent)
    implements Event {

  public MessageEvent {
    id = EventDefaults.id(id);
    timestamp = EventDefaults.timestamp(timestamp);
    activatedSkills = activatedSkills == null ? List.of() : List.copyOf(activatedSkills);
    extendedContent = extendedContent == null ? List.of() : List.copyOf(extendedContent);
  }

  /** A new event for a message the user sent. */
  public static MessageEvent fromUser(Message message) {
    return new MessageEvent(null, null, EventSource.USER, message, null, null, null);
  }
}
