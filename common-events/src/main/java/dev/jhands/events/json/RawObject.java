package dev.jhands.events.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * A wire object of a kind this model does not know, kept as its raw JSON object, discriminator
 * included, and written back unchanged. Newer OpenHands versions and MCP tools add kinds all the
 * time; keeping them raw means one such event never makes a whole event log unreadable.
 *
 * <p>Implementations annotate themselves with {@code @JsonSerialize(using =
 * RawObject.Writer.class)}.
 */
public interface RawObject {

  /** A copy of the raw object. */
  ObjectNode json();

  /** The {@code kind} the object carried, or null. */
  default String kind() {
    return json().path("kind").asText(null);
  }

  /** Writes the raw object as read, with no type id around it: it already holds its kind. */
  final class Writer extends JsonSerializer<RawObject> {
    @Override
    public void serialize(RawObject value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeTree(value.json());
    }

    @Override
    public void serializeWithType(
        RawObject value,
        JsonGenerator gen,
        SerializerProvider provider,
        TypeSerializer typeSerializer)
        throws IOException {
      serialize(value, gen, provider);
    }
  }
}
