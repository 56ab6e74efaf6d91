package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonValue;

/** What a {@code recall} asks for or returns: {@code workspace_context} or {@code knowledge}. */
public enum RecallType {
  WORKSPACE_CONTEXT("workspace_context"),
  KNOWLEDGE("knowledge");

  private final String value;

  RecallType(String value) {
    this.value = value;
  }

  @JsonValue
  public String value() {
    return value;
  }
}
