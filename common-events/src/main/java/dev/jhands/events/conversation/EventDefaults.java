package dev.jhands.events.conversation;

import java.util.UUID;

/** The SDK's default factories for the fields every event has. */
final class EventDefaults {

  private EventDefaults() {}

  /** A new random UUID when absent, as {@code uuid.uuid4()}. */
  static String id(String id) {
    return id == null ? UUID.randomUUID().toString() : id;
  }

  /** Now in server-local time when absent, as {@code datetime.now().isoformat()}. */
  static String timestamp(String timestamp) {
    return timestamp == null ? EventTimestamps.now() : timestamp;
  }

  static EventSource source(EventSource source, EventSource fallback) {
    return source == null ? fallback : source;
  }
}
