package dev.jhands.agent.loop;

import dev.jhands.agent.llm.LlmClient;
import dev.jhands.agent.llm.LlmReply;
import dev.jhands.events.conversation.ActionEvent;
import dev.jhands.events.conversation.AgentErrorEvent;
import dev.jhands.events.conversation.Condensation;
import dev.jhands.events.conversation.CondensationSummaryEvent;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.ObservationEvent;
import dev.jhands.events.conversation.UserRejectObservation;
import dev.jhands.events.json.Wire;
import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The LLM-summarising condenser: when the view grows past {@code max_size} (or the context window
 * overflowed), the events after the first {@code keep_first} and before the newest ones are
 * replaced by a summary the LLM writes. A tool call and its result are never split, so the view
 * stays a valid conversation for the model.
 */
final class Condenser {

  private final LlmClient llm;
  private final int maxSize;
  private final int keepFirst;

  Condenser(LlmClient llm, int maxSize, int keepFirst) {
    check(maxSize, keepFirst);
    this.llm = llm;
    this.maxSize = maxSize;
    this.keepFirst = keepFirst;
  }

  /** The SDK's bounds: the summary and the kept head must leave room for the tail. */
  static void check(int maxSize, int keepFirst) {
    if (maxSize < 2 || keepFirst < 0 || keepFirst >= maxSize / 2) {
      throw new IllegalArgumentException(
          "condenser needs max_size >= 2 and 0 <= keep_first < max_size / 2, got max_size "
              + maxSize
              + " and keep_first "
              + keepFirst);
    }
  }

  LlmClient llm() {
    return llm;
  }

  /** A condensation of the view when it is due, else empty. */
  Optional<Result> condense(View view) {
    boolean tooLong = view.size() > maxSize;
    if (!tooLong && !view.condensationRequested()) {
      return Optional.empty();
    }
    List<Event> events = view.events();
    int start = keepFirst;
    // Asked for because the context overflowed: halve what is there, whatever max_size says.
    int keepTail = tooLong ? Math.max(1, maxSize / 2 - keepFirst - 1) : (events.size() - start) / 2;
    int end = events.size() - keepTail;
    start = skipResults(events, start);
    end = extendOverResults(events, end);
    if (end <= start) {
      return Optional.empty();
    }
    List<Event> forgotten = events.subList(start, end);
    String previous =
        forgotten.stream()
            .filter(CondensationSummaryEvent.class::isInstance)
            .map(e -> ((CondensationSummaryEvent) e).summary())
            .findFirst()
            .orElse("");
    LlmReply reply = llm.complete(prompt(previous, forgotten), List.of());
    List<String> ids =
        forgotten.stream()
            .filter(e -> !(e instanceof CondensationSummaryEvent))
            .map(Event::id)
            .toList();
    Condensation condensation =
        new Condensation(null, null, null, ids, reply.text(), keepFirst, reply.responseId());
    return Optional.of(new Result(condensation, reply));
  }

  /** The condensation and the call that wrote its summary (for the stats). */
  record Result(Condensation condensation, LlmReply reply) {}

  // A result whose call is kept must stay with it: start after any such results.
  private static int skipResults(List<Event> events, int start) {
    while (start < events.size() && isResult(events.get(start))) {
      start++;
    }
    return start;
  }

  // A result whose call is forgotten goes too: end after the results of forgotten calls.
  private static int extendOverResults(List<Event> events, int end) {
    Set<String> forgottenCalls = new HashSet<>();
    for (int i = 0; i < Math.min(end, events.size()); i++) {
      if (events.get(i) instanceof ActionEvent action && action.toolCallId() != null) {
        forgottenCalls.add(action.toolCallId());
      }
    }
    while (end < events.size()) {
      Event next = events.get(end);
      if (next instanceof ActionEvent action
          && end > 0
          && events.get(end - 1) instanceof ActionEvent previous
          && Objects.equals(previous.llmResponseId(), action.llmResponseId())) {
        forgottenCalls.add(action.toolCallId());
        end++;
      } else if (isResult(next) && forgottenCalls.contains(callId(next))) {
        end++;
      } else {
        break;
      }
    }
    return end;
  }

  private static boolean isResult(Event event) {
    return event instanceof ObservationEvent
        || event instanceof AgentErrorEvent e && e.toolCallId() != null
        || event instanceof UserRejectObservation;
  }

  private static String callId(Event event) {
    return switch (event) {
      case ObservationEvent o -> o.toolCallId();
      case AgentErrorEvent e -> e.toolCallId();
      case UserRejectObservation r -> r.toolCallId();
      default -> null;
    };
  }

  private static String json(Event event) {
    try {
      return Wire.mapper().writeValueAsString(event);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return event.toString();
    }
  }

  private static List<dev.langchain4j.data.message.ChatMessage> prompt(
      String previous, List<Event> forgotten) {
    StringBuilder text = new StringBuilder();
    if (!previous.isBlank()) {
      text.append("<PREVIOUS SUMMARY>\n").append(previous).append("\n</PREVIOUS SUMMARY>\n\n");
    }
    for (Event event : forgotten) {
      if (!(event instanceof CondensationSummaryEvent)) {
        text.append("<EVENT>\n").append(json(event)).append("\n</EVENT>\n");
      }
    }
    return List.of(
        SystemMessage.from(
            "You maintain the memory of a software agent. Summarise the events below so that the"
                + " agent can continue its task without them: the user's goals and requirements,"
                + " what was done and learnt (files, commands, results, errors), what is left to"
                + " do. Keep exact names, paths and values; be concise."),
        UserMessage.from(text.toString()));
  }
}
