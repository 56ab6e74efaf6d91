package dev.jhands.events.sandbox;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;

/**
 * An action event as OpenHands serialises it: {@code {"id", "timestamp", "source", "message",
 * "cause", "action": <type>, "tool_call_metadata", "llm_metrics", "args": {...}, "timeout"}}.
 *
 * <p>{@code message} is computed from the action when written and ignored when read; {@code
 * timeout} is the hard timeout in seconds, a float, written only when set. Reading is strict: an
 * unknown type, an unknown argument or a missing required one is an error.
 */
@JsonSerialize(using = SandboxActionEventSerializer.class)
@JsonDeserialize(using = SandboxActionEventDeserializer.class)
public record SandboxActionEvent(EventHeader header, SandboxAction action, Double timeout)
    implements SandboxEvent {

  public SandboxActionEvent {
    header = Objects.requireNonNullElse(header, EventHeader.NONE);
    Objects.requireNonNull(action, "action");
  }

  /** An action with no header and no timeout. */
  public static SandboxActionEvent of(SandboxAction action) {
    return new SandboxActionEvent(EventHeader.NONE, action, null);
  }

  @Override
  public String message() {
    return action.message();
  }
}
