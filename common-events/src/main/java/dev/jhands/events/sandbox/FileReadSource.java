package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code impl_source} of a {@code read}: {@code default} (the server reads the file itself) or
 * {@code oh_aci} (the editor's {@code view}).
 */
public enum FileReadSource {
  DEFAULT("default"),
  OH_ACI("oh_aci");

  private final String value;

  FileReadSource(String value) {
    this.value = value;
  }

  @JsonValue
  public String value() {
    return value;
  }
}
