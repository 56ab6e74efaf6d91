package dev.jhands.events.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/** Writes a {@link SandboxActionEvent} in OpenHands' layout: header, type, {@code args}. */
final class SandboxActionEventSerializer extends StdSerializer<SandboxActionEvent> {

  SandboxActionEventSerializer() {
    super(SandboxActionEvent.class);
  }

  @Override
  public void serialize(SandboxActionEvent event, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    SandboxAction action = event.action();
    gen.writeStartObject(event);
    EventJson.writeHead(
        gen, provider, event.header(), action.message(), "action", action.actionType());
    provider.defaultSerializeField("args", action, gen);
    if (event.timeout() != null) {
      // Python writes the float; 120 must stay 120.0.
      gen.writeNumberField("timeout", event.timeout().doubleValue());
    }
    gen.writeEndObject();
  }
}
