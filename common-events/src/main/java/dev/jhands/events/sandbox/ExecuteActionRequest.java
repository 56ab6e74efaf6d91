package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/** The body of {@code POST /execute_action}: {@code {"action": <action event>}}. */
public record ExecuteActionRequest(@JsonProperty(required = true) SandboxActionEvent action) {

  public ExecuteActionRequest {
    Objects.requireNonNull(action, "action");
  }
}
