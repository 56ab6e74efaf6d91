package dev.jhands.events.sandbox;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads a {@link SandboxActionEvent} the way OpenHands' {@code action_from_dict} does, but
 * strictly: every problem is a {@link com.fasterxml.jackson.databind.exc.MismatchedInputException}
 * naming the field and value, so that a framework answers 400. {@code message} is ignored.
 */
final class SandboxActionEventDeserializer extends StdDeserializer<SandboxActionEvent> {

  SandboxActionEventDeserializer() {
    super(SandboxActionEvent.class);
  }

  @Override
  public SandboxActionEvent deserialize(JsonParser p, DeserializationContext ctxt)
      throws IOException {
    return read(ctxt, EventJson.readObject(p, ctxt, SandboxActionEvent.class));
  }

  static SandboxActionEvent read(DeserializationContext ctxt, ObjectNode event) throws IOException {
    Class<?> target = SandboxActionEvent.class;
    if (!event.has("action")) {
      return ctxt.reportInputMismatch(
          target,
          "Missing field 'action': %s",
          event.has("observation")
              ? "this is an observation event, not an action event"
              : "the event has neither an 'action' nor an 'observation' field");
    }
    String type = EventJson.typeName(ctxt, event, "action", target);
    Class<? extends SandboxAction> actionClass = TypeRegistry.ACTIONS.classFor(type);
    if (actionClass == null) {
      return ctxt.reportInputMismatch(
          target,
          "Unknown action type '%s' in field 'action'; known types: %s",
          type,
          TypeRegistry.ACTIONS.knownNames());
    }
    ObjectNode args = EventJson.objectField(ctxt, event, "args", target);
    String legacyTimestamp = LegacyArgs.apply(args);
    SandboxAction action =
        ArgumentBinder.bind(
            ctxt,
            args,
            actionClass,
            new ArgumentBinder.Site(target, "args", "action", type, "argument"),
            true);
    EventHeader header = EventJson.readHeader(ctxt, event, legacyTimestamp);
    return new SandboxActionEvent(header, action, timeout(ctxt, event));
  }

  private static Double timeout(DeserializationContext ctxt, ObjectNode event) throws IOException {
    JsonNode timeout = event.get("timeout");
    if (timeout == null || timeout.isNull()) {
      return null;
    }
    if (!timeout.isNumber()) {
      return ctxt.reportInputMismatch(
          SandboxActionEvent.class,
          "Field 'timeout' must be a number of seconds, got %s",
          timeout.getNodeType());
    }
    return timeout.doubleValue();
  }
}
