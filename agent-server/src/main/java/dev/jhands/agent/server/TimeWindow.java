package dev.jhands.agent.server;

import dev.jhands.events.conversation.EventSortOrder;
import dev.jhands.events.conversation.EventTimestamps;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The {@code [timestamp__gte, timestamp__lt)} window and the {@code sort_order} of an event search,
 * in server-local time, shared by conversation events and bash events.
 */
public record TimeWindow(LocalDateTime gte, LocalDateTime lt) {

  /** Parses the two query values; a missing or empty one leaves that side open. */
  public static TimeWindow of(String gte, String lt) {
    return new TimeWindow(time("timestamp__gte", gte), time("timestamp__lt", lt));
  }

  public boolean contains(String timestamp) {
    if (gte == null && lt == null) {
      return true;
    }
    LocalDateTime at = EventTimestamps.parse(timestamp);
    return (gte == null || !at.isBefore(gte)) && (lt == null || at.isBefore(lt));
  }

  /**
   * The events in the requested order ({@code TIMESTAMP} when null). Logs are kept in time order,
   * so a stable sort keeps events that share a timestamp in the order they were written.
   */
  public static <T> List<T> sorted(
      List<T> events, Function<T, String> timestamp, String sortOrder) {
    Comparator<T> byTime = Comparator.comparing(e -> EventTimestamps.parse(timestamp.apply(e)));
    return switch (order(sortOrder)) {
      case TIMESTAMP -> events.stream().sorted(byTime).toList();
      case TIMESTAMP_DESC -> events.reversed().stream().sorted(byTime.reversed()).toList();
    };
  }

  private static EventSortOrder order(String sortOrder) {
    if (sortOrder == null) {
      return EventSortOrder.TIMESTAMP;
    }
    try {
      return EventSortOrder.valueOf(sortOrder);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
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
      throw new IllegalArgumentException(name + " is not an ISO-8601 date-time: " + value);
    }
  }
}
