package dev.jhands.events.sandbox;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Objects;

/**
 * An observation event as OpenHands serialises it: {@code {"id", "timestamp", "source", "message",
 * "cause", "observation": <type>, "tool_call_metadata", "llm_metrics", "content", "extras": {...},
 * "success"}}; {@code success} only for {@code run} and {@code run_ipython}.
 *
 * <p>{@code message} and {@code success} are computed when written and ignored when read. Extras
 * this model does not know are ignored, since newer servers may add some.
 */
@JsonSerialize(using = SandboxObservationEventSerializer.class)
@JsonDeserialize(using = SandboxObservationEventDeserializer.class)
public record SandboxObservationEvent(EventHeader header, SandboxObservation observation)
    implements SandboxEvent {

  public SandboxObservationEvent {
    header = Objects.requireNonNullElse(header, EventHeader.NONE);
    Objects.requireNonNull(observation, "observation");
  }

  /** An observation with no header, as the action-execution server answers. */
  public static SandboxObservationEvent of(SandboxObservation observation) {
    return new SandboxObservationEvent(EventHeader.NONE, observation);
  }

  @Override
  public String message() {
    return observation.message();
  }
}
