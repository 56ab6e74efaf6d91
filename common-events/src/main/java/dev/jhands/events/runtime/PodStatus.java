package dev.jhands.events.runtime;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code pod_status} of a runtime object (runtime-api.md §2.9, §3.2): the readiness clients
 * poll. Lower case on the wire; note {@code "not found"} has a space.
 *
 * <p>Clients lowercase it before matching, so it is read in any case. A value outside the
 * vocabulary reads as null: V0 and the SDK retry on an unknown pod status and V1 falls back to
 * {@code status}, so it is no reason to reject the object.
 */
public enum PodStatus {
  READY("ready"),
  PENDING("pending"),
  RUNNING("running"),
  NOT_FOUND("not found"),
  FAILED("failed"),
  UNKNOWN("unknown"),
  CRASH_LOOP_BACK_OFF("crashloopbackoff");

  private final String wire;

  PodStatus(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }

  @JsonCreator
  public static PodStatus fromWire(String value) {
    for (PodStatus status : values()) {
      if (status.wire.equalsIgnoreCase(value)) {
        return status;
      }
    }
    return null;
  }
}
