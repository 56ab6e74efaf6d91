package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonValue;

/** Who emitted an event: the top-level {@code source}, {@code agent|user|environment}. */
public enum EventSource {
  AGENT("agent"),
  USER("user"),
  ENVIRONMENT("environment");

  private final String value;

  EventSource(String value) {
    this.value = value;
  }

  @JsonValue
  public String value() {
    return value;
  }
}
