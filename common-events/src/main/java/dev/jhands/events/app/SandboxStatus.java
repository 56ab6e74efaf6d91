package dev.jhands.events.app;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The status of a sandbox as the app server reports it (agent-server.md §8; runtime-api.md §6.2),
 * upper case on the wire. {@link #MISSING} means the sandbox is gone or was never there.
 */
public enum SandboxStatus {
  STARTING,
  RUNNING,
  PAUSED,
  ERROR,
  MISSING;

  @JsonValue
  public String wire() {
    return name();
  }

  @JsonCreator
  public static SandboxStatus fromWire(String value) {
    return valueOf(value);
  }
}
