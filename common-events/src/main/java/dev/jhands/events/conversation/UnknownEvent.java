package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jhands.events.json.RawObject;

/**
 * An event of a kind this model does not know (for example HEAD's {@code StreamingDeltaEvent} or
 * {@code HookExecutionEvent}), kept as its raw JSON object, {@code kind} included, and written back
 * unchanged. The common fields stay readable.
 */
@JsonSerialize(using = RawObject.Writer.class)
public record UnknownEvent(ObjectNode json) implements Event, RawObject {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public UnknownEvent {
    json = json == null ? JsonNodeFactory.instance.objectNode() : json.deepCopy();
  }

  /** A copy of the raw object; the record itself stays unchanged. */
  @Override
  public ObjectNode json() {
    return json.deepCopy();
  }

  @Override
  public String id() {
    return json.path("id").asText(null);
  }

  @Override
  public String timestamp() {
    return json.path("timestamp").asText(null);
  }

  /** The source, or null when it is missing or not one this model knows. */
  @Override
  public EventSource source() {
    return EventSource.fromValue(json.path("source").asText("")).orElse(null);
  }
}
