package dev.jhands.events.json;

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
    return new Envelope(type, Function.identity());
  }
}
