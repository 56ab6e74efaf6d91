package dev.jhands.events.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.List;

/** The parts of OpenHands' event JSON that actions and observations share. */
final class EventJson {

  private static final List<String> HEADER_KEYS =
      List.of("id", "timestamp", "source", "cause", "tool_call_metadata", "llm_metrics");

  private EventJson() {}

  /**
   * Writes the top-level keys up to the body, in the order OpenHands writes them: {@code id,
   * timestamp, source, message, cause, <type key>, tool_call_metadata, llm_metrics}.
   */
  static void writeHead(
      JsonGenerator gen,
      SerializerProvider provider,
      EventHeader header,
      String message,
      String typeKey,
      String typeName)
      throws IOException {
    if (header.id() != null) {
      gen.writeNumberField("id", header.id());
    }
    if (header.timestamp() != null) {
      gen.writeStringField("timestamp", header.timestamp());
    }
    if (header.source() != null) {
      gen.writeStringField("source", header.source().value());
    }
    gen.writeStringField("message", message);
    if (header.cause() != null) {
      gen.writeNumberField("cause", header.cause());
    }
    gen.writeStringField(typeKey, typeName);
    if (header.toolCallMetadata() != null) {
      provider.defaultSerializeField("tool_call_metadata", header.toolCallMetadata(), gen);
    }
    if (header.llmMetrics() != null) {
      provider.defaultSerializeField("llm_metrics", header.llmMetrics(), gen);
    }
  }

  static ObjectNode readObject(JsonParser p, DeserializationContext ctxt, Class<?> target)
      throws IOException {
    JsonNode node = ctxt.readTree(p);
    if (!node.isObject()) {
      return ctxt.reportInputMismatch(
          target, "Expected a JSON object for an OpenHands event, got %s", node.getNodeType());
    }
    return (ObjectNode) node;
  }

  /** The header keys of an event; {@code fallbackTimestamp} stands in for a missing timestamp. */
  static EventHeader readHeader(
      DeserializationContext ctxt, ObjectNode event, String fallbackTimestamp) throws IOException {
    ObjectNode fields = event.objectNode();
    for (String key : HEADER_KEYS) {
      JsonNode value = event.get(key);
      if (value != null) {
        fields.set(key, value);
      }
    }
    if (fallbackTimestamp != null && !fields.hasNonNull("timestamp")) {
      fields.put("timestamp", fallbackTimestamp);
    }
    return ctxt.readTreeAsValue(fields, EventHeader.class);
  }

  /** The type string under {@code typeKey}, which must be present and a string. */
  static String typeName(
      DeserializationContext ctxt, ObjectNode event, String typeKey, Class<?> target)
      throws IOException {
    JsonNode type = event.get(typeKey);
    if (!type.isTextual()) {
      return ctxt.reportInputMismatch(
          target,
          "Field '%s' must be a string naming the %s type, got %s",
          typeKey,
          typeKey,
          type.getNodeType());
    }
    return type.textValue();
  }

  /** A copy of the object under {@code key}; an absent or null one is empty. */
  static ObjectNode objectField(
      DeserializationContext ctxt, ObjectNode event, String key, Class<?> target)
      throws IOException {
    JsonNode value = event.get(key);
    if (value == null || value.isNull()) {
      return event.objectNode();
    }
    if (!value.isObject()) {
      return ctxt.reportInputMismatch(
          target, "Field '%s' must be a JSON object, got %s", key, value.getNodeType());
    }
    return ((ObjectNode) value).deepCopy();
  }

  /** The string under {@code key}, or "" when absent or null. */
  static String textField(
      DeserializationContext ctxt, ObjectNode event, String key, Class<?> target)
      throws IOException {
    JsonNode value = event.get(key);
    if (value == null || value.isNull()) {
      return "";
    }
    if (!value.isTextual()) {
      return ctxt.reportInputMismatch(
          target, "Field '%s' must be a string, got %s", key, value.getNodeType());
    }
    return value.textValue();
  }
}
