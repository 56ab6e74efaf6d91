package dev.jhands.events.json;

import dev.jhands.events.sandbox.SandboxAction;
import dev.jhands.events.sandbox.SandboxActionEvent;
import dev.jhands.events.sandbox.SandboxObservation;
import dev.jhands.events.sandbox.SandboxObservationEvent;
import java.util.function.Function;

/**
 * Types whose wire form is wrapped in an envelope. A sandbox action, say, never travels alone: its
 * fixture is the whole envelope, and the round trip goes through the envelope type.
 */
final class Envelopes {

  private Envelopes() {}

  record Envelope(Class<?> wireType, Function<Object, Object> unwrap) {
    Object payload(Object wireValue) {
      return unwrap.apply(wireValue);
    }
  }

  static Envelope forType(Class<?> type) {
    if (SandboxAction.class.isAssignableFrom(type)) {
      return new Envelope(SandboxActionEvent.class, v -> ((SandboxActionEvent) v).action());
    }
    if (SandboxObservation.class.isAssignableFrom(type)) {
      return new Envelope(
          SandboxObservationEvent.class, v -> ((SandboxObservationEvent) v).observation());
    }
    return new Envelope(type, Function.identity());
  }
}
