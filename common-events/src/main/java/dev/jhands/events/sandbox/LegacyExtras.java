package dev.jhands.events.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rewrites the observation extras of older OpenHands event streams, as {@code
 * handle_observation_deprecated_extras} does: a top-level {@code exit_code} and {@code command_id}
 * move into {@code metadata} (as {@code exit_code} and {@code pid}), overriding what it held.
 */
final class LegacyExtras {

  private LegacyExtras() {}

  static void apply(ObjectNode extras) {
    moveIntoMetadata(extras, "exit_code", "exit_code");
    moveIntoMetadata(extras, "command_id", "pid");
    extras.remove("formatted_output_and_error");
  }

  private static void moveIntoMetadata(ObjectNode extras, String legacyKey, String metadataKey) {
    if (!extras.has(legacyKey)) {
      return;
    }
    JsonNode value = extras.remove(legacyKey);
    JsonNode metadata = extras.get("metadata");
    ObjectNode target = metadata instanceof ObjectNode object ? object : extras.objectNode();
    target.set(metadataKey, value);
    extras.set("metadata", target);
  }
}
