package dev.jhands.events.conversation;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * An event of a kind this model does not know (for example HEAD's {@code StreamingDeltaEvent} or
 * {@code HookExecutionEvent}), kept as its raw JSON object, {@code kind} included, and written back
 * unchanged. The common fields stay readable.
 */
@JsonSerialize(using = UnknownEvent.Writer.class)
public record UnknownEvent(ObjectNode json) implements Event {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public UnknownEvent {
    json = json == null ? JsonNodeFactory.instance.objectNode() : json.deepCopy();
  }

  /** A copy of the raw object; the record itself stays unchanged. */
  @Override
  public ObjectNode json() {
    return json.deepCopy();
  }

  /** The class name the event carried, or null. */
  public String kind() {
    return json.path("kind").asText(null);
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

  static final class Writer extends JsonSerializer<UnknownEvent> {
    @Override
    public void serialize(UnknownEvent event, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeTree(event.json);
    }

    // The raw object already holds its kind; no type id is added around it.
    @Override
    public void serializeWithType(
        UnknownEvent event,
        JsonGenerator gen,
        SerializerProvider provider,
        TypeSerializer typeSerializer)
        throws IOException {
      serialize(event, gen, provider);
    }
  }
}
