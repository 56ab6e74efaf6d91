package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code impl_source} of an {@code edit}: {@code oh_aci} (the editor, run by the server) or
 * {@code llm_based_edit} (handled by the client).
 */
public enum FileEditSource {
  OH_ACI("oh_aci"),
  LLM_BASED_EDIT("llm_based_edit");

  private final String value;

  FileEditSource(String value) {
    this.value = value;
  }

  @JsonValue
  public String value() {
    return value;
  }
}
