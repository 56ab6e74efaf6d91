package dev.jhands.agent.event;

import dev.jhands.agent.server.TimeWindow;
import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.EventKinds;
import java.util.List;

/**
 * The filters of an event search or count: {@code kind} in the short or the qualified spelling, and
 * a {@code [timestamp__gte, timestamp__lt)} window in server-local time.
 */
record EventQuery(String kind, TimeWindow window) {

  static EventQuery of(String kind, String gte, String lt) {
    return new EventQuery(kind == null || kind.isEmpty() ? null : kind, TimeWindow.of(gte, lt));
  }

  List<Event> apply(List<Event> log) {
    return log.stream()
        .filter(e -> EventKinds.matches(e, kind) && window.contains(e.timestamp()))
        .toList();
  }
}
