package dev.jhands.agent.loop;

import dev.jhands.agent.conversation.Conversation;
import dev.jhands.agent.llm.LlmException;
import dev.jhands.events.conversation.EventSource;
import dev.jhands.events.conversation.GenerateTitleRequest;
import dev.jhands.events.conversation.MessageEvent;
import dev.jhands.events.llm.LlmConfig;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * A title from the first user message: written by the LLM (the request's, else the agent's), or,
 * when that fails, the message itself cut to length, as the SDK falls back.
 */
final class TitleWriter {

  private static final Logger LOG = Logger.getLogger(TitleWriter.class);
  static final String UNTITLED = "Untitled conversation";

  private TitleWriter() {}

  static String title(Conversation conversation, GenerateTitleRequest request, RunService runs) {
    if (request.maxLength() < 1) {
      throw new IllegalArgumentException("max_length must be at least 1");
    }
    String first =
        conversation.events().stream()
            .filter(e -> e instanceof MessageEvent m && m.source() == EventSource.USER)
            .map(e -> LlmMessages.text(((MessageEvent) e).llmMessage().content()))
            .filter(text -> !text.isBlank())
            .findFirst()
            .orElse(null);
    if (first == null) {
      return UNTITLED;
    }
    LlmConfig config = request.llm() != null ? request.llm() : conversation.meta().agent().llm();
    try {
      String written =
          runs.llm(config)
              .complete(
                  List.of(
                      SystemMessage.from(
                          "Write a short, specific title for a conversation that starts with the"
                              + " user's message below. At most "
                              + request.maxLength()
                              + " characters. Answer with the title only, no quotes."),
                      UserMessage.from(first)),
                  List.of())
              .text()
              .strip()
              .replaceAll("^[\"']|[\"']$", "");
      if (!written.isBlank()) {
        return cut(written, request.maxLength());
      }
    } catch (LlmException e) {
      LOG.warnf("title generation failed, using the first message: %s", e.getMessage());
    }
    return cut(first.strip().lines().findFirst().orElse(first), request.maxLength());
  }

  private static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    return max <= 3 ? text.substring(0, max) : text.substring(0, max - 3).stripTrailing() + "...";
  }
}
