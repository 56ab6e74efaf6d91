package dev.jhands.events.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The top-level {@code status} of a runtime object (runtime-api.md §2.9, §3.1), lower case on the
 * wire.
 *
 * <p>Clients match it case-insensitively, so it is read in any case. A value outside the vocabulary
 * reads as null rather than failing the whole object: every client treats such a status as "other"
 * (start a new runtime, or mark the sandbox unknown), and one odd entry must not break a {@code
 * /list}.
 */
public enum RuntimeStatus {
  RUNNING("running"),
  PAUSED("paused"),
  STOPPED("stopped"),
  STARTING("starting"),
  ERROR("error");

  private final String wire;

  RuntimeStatus(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }

  @JsonCreator
  public static RuntimeStatus fromWire(String value) {
    for (RuntimeStatus status : values()) {
      if (status.wire.equalsIgnoreCase(value)) {
        return status;
      }
    }
    return null;
  }
}
