package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;
import java.util.Optional;

/**
 * Who produced an event: {@code agent}, {@code user}, {@code environment}, or (HEAD) {@code hook}.
 */
public enum EventSource {
  @JsonProperty("agent")
  AGENT,
  @JsonProperty("user")
  USER,
  @JsonProperty("environment")
  ENVIRONMENT,
  @JsonProperty("hook")
  HOOK;

  /** The wire value, for example {@code "environment"}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The source a wire value names, if any (for the {@code source} search filter). */
  public static Optional<EventSource> fromValue(String value) {
    for (EventSource source : values()) {
      if (source.value().equals(value)) {
        return Optional.of(source);
      }
    }
    return Optional.empty();
  }
}
