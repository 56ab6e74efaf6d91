package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jhands.events.json.RawObject;

/**
 * A tool action of a kind this model does not know, kept as its raw JSON object (including {@code
 * kind}) and written back unchanged: for example {@code {"kind": "MCPToolAction", "data": {...}}}.
 */
@JsonSerialize(using = RawObject.Writer.class)
public record UnknownToolAction(ObjectNode json) implements ToolAction, RawObject {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public UnknownToolAction {
    json = json == null ? JsonNodeFactory.instance.objectNode() : json.deepCopy();
  }

  /** A copy of the raw object; the record itself stays unchanged. */
  @Override
  public ObjectNode json() {
    return json.deepCopy();
  }
}
