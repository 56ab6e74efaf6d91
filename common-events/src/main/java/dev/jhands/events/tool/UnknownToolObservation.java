package dev.jhands.events.tool;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jhands.events.json.RawObject;
import dev.jhands.events.json.Wire;
import dev.jhands.events.llm.Content;
import java.util.List;

/**
 * A tool observation of a kind this model does not know, kept as its raw JSON object (including
 * {@code kind}) and written back unchanged: for example {@code {"kind": "MCPToolObservation",
 * "content": [...], "is_error": false, "tool_name": "fetch"}}. The common {@code content} and
 * {@code is_error} fields are still readable.
 */
@JsonSerialize(using = RawObject.Writer.class)
public record UnknownToolObservation(ObjectNode json) implements ToolObservation, RawObject {

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  public UnknownToolObservation {
    json = json == null ? JsonNodeFactory.instance.objectNode() : json.deepCopy();
  }

  /** A copy of the raw object; the record itself stays unchanged. */
  @Override
  public ObjectNode json() {
    return json.deepCopy();
  }

  @Override
  public List<Content> content() {
    JsonNode content = json.get("content");
    if (content == null || !content.isArray()) {
      return List.of();
    }
    try {
      return List.copyOf(
          Wire.mapper().convertValue(content, new TypeReference<List<Content>>() {}));
    } catch (IllegalArgumentException unreadable) {
      return List.of();
    }
  }

  @Override
  public boolean isError() {
    return json.path("is_error").asBoolean(false);
  }
}
