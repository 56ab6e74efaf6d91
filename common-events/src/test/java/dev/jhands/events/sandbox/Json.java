package dev.jhands.events.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jhands.events.json.Wire;
import java.io.UncheckedIOException;

/** Terse JSON helpers for the sandbox tests; JSON in tests may use single quotes for strings. */
final class Json {

  static final ObjectMapper MAPPER = Wire.mapper();

  private Json() {}

  /** Parses JSON written with single quotes (no string in these tests contains a quote). */
  static ObjectNode tree(String singleQuoted) {
    try {
      return (ObjectNode) MAPPER.readTree(singleQuoted.replace('\'', '"'));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SandboxActionEvent action(String singleQuoted) throws JsonProcessingException {
    return MAPPER.readValue(singleQuoted.replace('\'', '"'), SandboxActionEvent.class);
  }

  static SandboxObservationEvent observation(String singleQuoted) throws JsonProcessingException {
    return MAPPER.readValue(singleQuoted.replace('\'', '"'), SandboxObservationEvent.class);
  }

  static ObjectNode write(Object value) {
    return MAPPER.valueToTree(value);
  }

  static JsonNode args(SandboxActionEvent event) {
    return write(event).get("args");
  }

  static JsonNode extras(SandboxObservationEvent event) {
    return write(event).get("extras");
  }
}
