package dev.jhands.events.server;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The activation state of a deferred-init agent server (agent-server.md §2.1; runtime-api.md §5.1),
 * lower case on the wire. A failed init rolls back to {@link #DORMANT}.
 */
public enum InitState {
  DORMANT("dormant"),
  INITIALIZING("initializing"),
  READY("ready");

  private final String wire;

  InitState(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }

  @JsonCreator
  public static InitState fromWire(String value) {
    for (InitState state : values()) {
      if (state.wire.equals(value)) {
        return state;
      }
    }
    throw new IllegalArgumentException("unknown init state: " + value);
  }
}
