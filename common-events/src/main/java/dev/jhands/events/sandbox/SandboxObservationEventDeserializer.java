package dev.jhands.events.sandbox;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads a {@link SandboxObservationEvent} the way OpenHands' {@code observation_from_dict} does. An
 * unknown type or a missing required extra is an error; unknown extras are ignored, since newer
 * servers add some. {@code message} and {@code success} are derived, so they are ignored.
 */
final class SandboxObservationEventDeserializer extends StdDeserializer<SandboxObservationEvent> {

  SandboxObservationEventDeserializer() {
    super(SandboxObservationEvent.class);
  }

  @Override
  public SandboxObservationEvent deserialize(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    return read(ctxt, EventJson.readObject(p, ctxt, SandboxObservationEvent.class));
  }

  static SandboxObservationEvent read(DeserializationContext ctxt, ObjectNode event)
      throws IOException {
    Class<?> target = SandboxObservationEvent.class;
    if (!event.has("observation")) {
      return ctxt.reportInputMismatch(
          target,
          "Missing field 'observation': %s",
          event.has("action")
              ? "this is an action event, not an observation event"
              : "the event has neither an 'action' nor an 'observation' field");
    }
    String type = EventJson.typeName(ctxt, event, "observation", target);
    Class<? extends SandboxObservation> observationClass = TypeRegistry.OBSERVATIONS.classFor(type);
    if (observationClass == null) {
      return ctxt.reportInputMismatch(
          target,
          "Unknown observation type '%s' in field 'observation'; known types: %s",
          type,
          TypeRegistry.OBSERVATIONS.knownNames());
    }
    ObjectNode extras = EventJson.objectField(ctxt, event, "extras", target);
    LegacyExtras.apply(extras);
    extras.put("content", EventJson.textField(ctxt, event, "content", target));
    SandboxObservation observation =
        ArgumentBinder.bind(
            ctxt,
            extras,
            observationClass,
            new ArgumentBinder.Site(target, "extras", "observation", type, "extra"),
            false);
    return new SandboxObservationEvent(EventJson.readHeader(ctxt, event, null), observation);
  }
}
