package dev.jhands.agent.event;

import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.EventKinds;
import dev.jhands.events.conversation.EventSortOrder;
import dev.jhands.events.conversation.EventTimestamps;
import jakarta.ws.rs.BadRequestException;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

/**
 * The filters of an event search or count: {@code kind} in the short or the qualified spelling, and
 * a {@code [timestamp__gte, timestamp__lt)} window in server-local time.
 */
record EventQuery(String kind, LocalDateTime gte, LocalDateTime lt) {

  static EventQuery of(String kind, String gte, String lt) {
    return new EventQuery(
        kind == null || kind.isEmpty() ? null : kind,
        time("timestamp__gte", gte),
        time("timestamp__lt", lt));
  }

  List<Event> apply(List<Event> log) {
    return log.stream().filter(this::matches).toList();
  }

  /** The log in the requested order; the log is already in time order, so ties keep it. */
  static List<Event> sorted(List<Event> events, String sortOrder) {
    Comparator<Event> byTime = Comparator.comparing(e -> EventTimestamps.parse(e.timestamp()));
    return switch (order(sortOrder)) {
      case TIMESTAMP -> events.stream().sorted(byTime).toList();
      case TIMESTAMP_DESC -> events.reversed().stream().sorted(byTime.reversed()).toList();
    };
  }

  private boolean matches(Event event) {
    if (!EventKinds.matches(event, kind)) {
      return false;
    }
    if (gte == null && lt == null) {
      return true;
    }
    LocalDateTime at = EventTimestamps.parse(event.timestamp());
    return (gte == null || !at.isBefore(gte)) && (lt == null || at.isBefore(lt));
  }

  private static EventSortOrder order(String sortOrder) {
    if (sortOrder == null) {
      return EventSortOrder.TIMESTAMP;
    }
    try {
      return EventSortOrder.valueOf(sortOrder);
    } catch (IllegalArgumentException e) {
      throw new BadRequestException(
          "Unknown sort_order: " + sortOrder + " (TIMESTAMP, TIMESTAMP_DESC)");
    }
  }

  private static LocalDateTime time(String name, String value) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    try {
      return EventTimestamps.parse(value);
    } catch (DateTimeParseException e) {
      throw new BadRequestException(name + " is not an ISO-8601 date-time: " + value);
    }
  }
}
