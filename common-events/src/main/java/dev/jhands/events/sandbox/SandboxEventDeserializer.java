package dev.jhands.events.sandbox;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads any {@link SandboxEvent}, dispatching on which key is present as OpenHands' {@code
 * event_from_dict} does: {@code action} first, then {@code observation}.
 */
final class SandboxEventDeserializer extends StdDeserializer<SandboxEvent> {

  SandboxEventDeserializer() {
    super(SandboxEvent.class);
  }

  @Override
  public SandboxEvent deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    ObjectNode event = EventJson.readObject(p, ctxt, SandboxEvent.class);
    if (event.has("action")) {
      return SandboxActionEventDeserializer.read(ctxt, event);
    }
    if (event.has("observation")) {
      return SandboxObservationEventDeserializer.read(ctxt, event);
    }
    return ctxt.reportInputMismatch(
        SandboxEvent.class,
        "Unknown event: neither an 'action' nor an 'observation' field is present");
  }
}
