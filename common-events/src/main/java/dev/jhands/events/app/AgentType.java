package dev.jhands.events.app;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/**
 * The {@code agent_type} of an app conversation start request (agent-server.md §8): the default
 * agent, or the planning agent (§7.7). Lower case on the wire.
 */
public enum AgentType {
  DEFAULT("default"),
  PLAN("plan");

  private final String wire;

  AgentType(String wire) {
    this.wire = wire;
  }

  @JsonValue
  public String wire() {
    return wire;
  }

  @JsonCreator
  public static AgentType fromWire(String value) {
    for (AgentType type : values()) {
      if (type.wire.equals(value)) {
        return type;
      }
    }
    throw new IllegalArgumentException("unknown agent type: " + value);
  }
}
