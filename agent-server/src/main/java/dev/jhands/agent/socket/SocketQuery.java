package dev.jhands.agent.socket;

import dev.jhands.events.conversation.Event;
import dev.jhands.events.conversation.EventTimestamps;
import io.netty.handler.codec.http.QueryStringDecoder;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/**
 * The upgrade's query parameters: the key and which stored events to resend. WebSockets Next hands
 * over only the raw query string.
 */
record SocketQuery(Map<String, List<String>> params) {

  static SocketQuery parse(String rawQuery) {
    String query = rawQuery == null ? "" : rawQuery;
    return new SocketQuery(new QueryStringDecoder(query, false).parameters());
  }

  String first(String name) {
    List<String> values = params.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  /**
   * The stored events to send before the live ones: none by default, all for {@code
   * resend_all=true} (baseline) or {@code resend_mode=all}, and those at or after {@code
   * after_timestamp} for {@code resend_mode=since}.
   *
   * @throws IllegalArgumentException for an unknown mode or a missing or unparseable timestamp
   */
  List<Event> backlog(List<Event> stored) {
    String mode = first("resend_mode");
    if (mode == null) {
      return "true".equalsIgnoreCase(first("resend_all")) ? stored : List.of();
    }
    return switch (mode) {
      case "all" -> stored;
      case "since" -> since(stored);
      default -> throw new IllegalArgumentException("Unknown resend_mode: " + mode);
    };
  }

  /**
   * For the bash socket, which resends all or nothing: {@code resend_all=true} or {@code
   * resend_mode=all}.
   *
   * @throws IllegalArgumentException for any other mode
   */
  boolean resendAll() {
    String mode = first("resend_mode");
    if (mode == null) {
      return "true".equalsIgnoreCase(first("resend_all"));
    }
    if (!mode.equals("all")) {
      throw new IllegalArgumentException("Unknown resend_mode: " + mode);
    }
    return true;
  }

  private List<Event> since(List<Event> stored) {
    String after = first("after_timestamp");
    if (after == null) {
      throw new IllegalArgumentException("resend_mode=since needs after_timestamp");
    }
    // Parsed as the REST search parses timestamp__gte: an aware value becomes server-local time.
    LocalDateTime from = EventTimestamps.parse(after);
    return stored.stream()
        .filter(e -> !EventTimestamps.parse(e.timestamp()).isBefore(from))
        .toList();
  }
}
