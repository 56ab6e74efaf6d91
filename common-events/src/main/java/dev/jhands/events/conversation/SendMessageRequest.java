package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.jhands.events.llm.Content;
import dev.jhands.events.llm.Message;
import dev.jhands.events.llm.Role;
import dev.jhands.events.llm.TextContent;
import java.util.List;

/**
 * The body of {@code POST /api/conversations/{id}/events} and a start request's {@code
 * initial_message}: {@code {"role": "user", "content": [{"type": "text", "text": "hi"}], "run":
 * false}}. With {@code run} true a run starts in the background unless one is going.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record SendMessageRequest(Role role, List<Content> content, boolean run) {

  public SendMessageRequest {
    role = role == null ? Role.USER : role;
    content = content == null ? List.of() : List.copyOf(content);
  }

  /** A user text message. */
  public static SendMessageRequest userText(String text, boolean run) {
    return new SendMessageRequest(Role.USER, List.of(TextContent.of(text)), run);
  }

  /** The LLM message this request appends. */
  public Message toMessage() {
    return Message.of(role, content);
  }
}
