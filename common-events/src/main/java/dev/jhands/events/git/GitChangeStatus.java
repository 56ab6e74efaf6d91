package dev.jhands.events.git;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * How a file changed in the workspace's git tree (agent-server.md §2.4), upper case on the wire.
 */
public enum GitChangeStatus {
  ADDED,
  UPDATED,
  DELETED,
  MOVED;

  @JsonValue
  public String wire() {
    return name();
  }

  @JsonCreator
  public static GitChangeStatus fromWire(String value) {
    return valueOf(value);
  }
}
