package dev.jhands.events.llm;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/**
 * An SDK LLM message: {@code {"role", "content": [...], "tool_calls", "reasoning_content",
 * "thinking_blocks", ...}}. It is a MessageEvent's {@code llm_message} and the frame a WebSocket
 * client sends ({@code {"role": "user", "content": [{"type": "text", "text": "..."}]}}).
 *
 * <p>Absent fields take the SDK defaults: empty content and thinking blocks, false flags, null tool
 * calls. Content may also arrive as a bare string.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonIgnoreProperties(ignoreUnknown = true)
public record Message(
    Role role,
    @JsonDeserialize(using = ContentListDeserializer.class) List<Content> content,
    boolean cacheEnabled,
    boolean visionEnabled,
    boolean functionCallingEnabled,
    List<MessageToolCall> toolCalls,
    String toolCallId,
    String name,
    boolean forceStringSerializer,
    boolean sendReasoningContent,
    String reasoningContent,
    List<ReasoningBlock> thinkingBlocks,
    ReasoningItemModel responsesReasoningItem) {

  public Message {
    content = content == null ? List.of() : List.copyOf(content);
    toolCalls = toolCalls == null ? null : List.copyOf(toolCalls);
    thinkingBlocks = thinkingBlocks == null ? List.of() : List.copyOf(thinkingBlocks);
  }

  /** A message with only a role and content, everything else at its default. */
  public static Message of(Role role, List<Content> content) {
    return new Message(
        role, content, false, false, false, null, null, null, false, false, null, null, null);
  }

  /** A user message holding one text item. */
  public static Message user(String text) {
    return of(Role.USER, List.of(TextContent.of(text)));
  }
}
