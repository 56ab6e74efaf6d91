package dev.jhands.agent.bash;

import dev.jhands.events.bash.BashCommand;
import dev.jhands.events.bash.BashEvent;
import dev.jhands.events.bash.BashOutput;
import dev.jhands.events.conversation.EventSortOrder;
import dev.jhands.events.conversation.EventTimestamps;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;

/**
 * The filters of a bash event search: {@code kind__eq}, {@code command_id__eq} (which only a
 * BashOutput can match: as in the SDK, a BashCommand has no {@code command_id} field) and a {@code
 * [timestamp__gte, timestamp__lt)} window in server-local time.
 */
record BashQuery(String kind, String commandId, LocalDateTime gte, LocalDateTime lt) {

  static BashQuery of(String kind, String commandId, String gte, String lt) {
    String k = blankToNull(kind);
    if (k != null && !k.equals("BashCommand") && !k.equals("BashOutput")) {
      throw new IllegalArgumentException("Unknown kind__eq: " + k + " (BashCommand, BashOutput)");
    }
    return new BashQuery(
        k, blankToNull(commandId), time("timestamp__gte", gte), time("timestamp__lt", lt));
  }

  List<BashEvent> apply(List<BashEvent> log) {
    return log.stream().filter(this::matches).toList();
  }

  /**
   * The log is already in time order; a stable sort keeps chunks that share a timestamp in order.
   */
  static List<BashEvent> sorted(List<BashEvent> events, String sortOrder) {
    Comparator<BashEvent> byTime = Comparator.comparing(e -> EventTimestamps.parse(e.timestamp()));
    return switch (order(sortOrder)) {
      case TIMESTAMP -> events.stream().sorted(byTime).toList();
      case TIMESTAMP_DESC -> events.reversed().stream().sorted(byTime.reversed()).toList();
    };
  }

  private boolean matches(BashEvent event) {
    if (kind != null && !kind.equals(event.getClass().getSimpleName())) {
      return false;
    }
    if (commandId != null && !commandId.equals(commandIdOf(event))) {
      return false;
    }
    if (gte == null && lt == null) {
      return true;
    }
    LocalDateTime at = EventTimestamps.parse(event.timestamp());
    return (gte == null || !at.isBefore(gte)) && (lt == null || at.isBefore(lt));
  }

  private static String commandIdOf(BashEvent event) {
    return switch (event) {
      case BashCommand command -> null;
      case BashOutput output -> output.commandId();
    };
  }

  private static EventSortOrder order(String sortOrder) {
    if (sortOrder == null || sortOrder.isEmpty()) {
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

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }
}
