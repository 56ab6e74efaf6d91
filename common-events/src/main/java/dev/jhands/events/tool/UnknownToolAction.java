package dev.jhands.events.tool;

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
 * A tool action of a kind this model does not know, kept as its raw JSON object (including {@code
 * kind}) and written back unchanged: for example {@code {"kind": "MCPToolAction", "data": {...}}}.
 */
@JsonSerialize(using = UnknownToolAction.Writer.class)
public record UnknownToolAction(ObjectNode json) implements ToolAction {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public UnknownToolAction {
    json = json == null ? JsonNodeFactory.instance.objectNode() : json.deepCopy();
  }

  /** A copy of the raw object; the record itself stays unchanged. */
  @Override
  public ObjectNode json() {
    return json.deepCopy();
  }

  /** The SDK class name the action carried. */
  public String kind() {
    return json.path("kind").asText(null);
  }

  static final class Writer extends JsonSerializer<UnknownToolAction> {
    @Override
    public void serialize(UnknownToolAction action, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      gen.writeTree(action.json);
    }

    // The raw object already holds its kind; no type id is added around it.
    @Override
    public void serializeWithType(
        UnknownToolAction action,
        JsonGenerator gen,
        SerializerProvider provider,
        TypeSerializer typeSerializer)
        throws IOException {
      serialize(action, gen, provider);
    }
  }
}
