package dev.jhands.events.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a {@link SandboxObservationEvent} in OpenHands' layout: header, type, {@code content},
 * {@code extras} (the record's own JSON, which leaves out {@code content}), then {@code success}
 * for the types that report one.
 */
final class SandboxObservationEventSerializer extends StdSerializer<SandboxObservationEvent> {

  SandboxObservationEventSerializer() {
    super(SandboxObservationEvent.class);
  }

  @Override
  public void serialize(
      SandboxObservationEvent event, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    SandboxObservation observation = event.observation();
    gen.writeStartObject(event);
    EventJson.writeHead(
        gen,
        provider,
        event.header(),
        observation.message(),
        "observation",
        observation.observationType());
    gen.writeStringField("content", observation.content());
    provider.defaultSerializeField("extras", observation, gen);
    if (observation instanceof ReportsSuccess reports) {
      gen.writeBooleanField("success", reports.success());
    }
    gen.writeEndObject();
  }
}
