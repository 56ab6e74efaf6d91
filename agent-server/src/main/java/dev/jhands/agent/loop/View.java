package dev.jhands.agent.loop;

import dev.jhands.events.conversation.ActionEvent;
import dev.jhands.events.conversation.AgentErrorEvent;
import dev.jhands.events.conversation.Condensation;
import dev.jhands.events.conversation.CondensationRequest;
import dev.jhands.events.conversation.CondensationSummaryEvent;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.MessageEvent;
import dev.jhands.events.conversation.ObservationEvent;
import dev.jhands.events.conversation.SystemPromptEvent;
import dev.jhands.events.conversation.UserRejectObservation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The part of the log the LLM sees: the events that become messages, minus what condensations
 * forgot, with the latest summary in its place. Also tells whether a condensation was asked for and
 * not yet done.
 */
record View(List<Event> events, boolean condensationRequested) {

  static View of(List<Event> log) {
    Set<String> forgotten = new HashSet<>();
    Condensation latest = null;
    boolean requested = false;
    for (Event event : log) {
      if (event instanceof Condensation condensation) {
        forgotten.addAll(condensation.forgottenEventIds());
        latest = condensation;
        requested = false;
      } else if (event instanceof CondensationRequest) {
        requested = true;
      }
    }
    List<Event> kept = new ArrayList<>();
    for (Event event : log) {
      if (isLlmConvertible(event) && !forgotten.contains(event.id())) {
        kept.add(event);
      }
    }
    if (latest != null && latest.summary() != null) {
      int offset = latest.summaryOffset() == null ? 0 : latest.summaryOffset();
      kept.add(
          Math.min(Math.max(offset, 0), kept.size()),
          new CondensationSummaryEvent(null, null, null, latest.summary()));
    }
    return new View(List.copyOf(kept), requested);
  }

  static boolean isLlmConvertible(Event event) {
    return event instanceof SystemPromptEvent
        || event instanceof MessageEvent
        || event instanceof ActionEvent
        || event instanceof ObservationEvent
        || event instanceof AgentErrorEvent
        || event instanceof UserRejectObservation
        || event instanceof CondensationSummaryEvent;
  }

  int size() {
    return events.size();
  }
}
