package dev.jhands.agent.tool;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.jhands.events.json.Wire;
import dev.jhands.events.tool.ToolAction;
import dev.langchain4j.model.chat.request.json.JsonObjectSchema;
import java.util.List;
import java.util.stream.Collectors;

/** Binds an LLM's JSON arguments to a tool's action record, with errors the LLM can act on. */
final class ToolArguments {

  private static final ObjectMapper JSON = Wire.mapper();

  private ToolArguments() {}

  /**
   * Checks the required arguments of {@code schema}, then reads the arguments as {@code kind}.
   *
   * @throws IllegalArgumentException naming the missing or ill-typed argument
   */
  static <T extends ToolAction> T bind(
      ObjectNode arguments, String kind, Class<T> type, JsonObjectSchema schema) {
    List<String> required = schema.required() == null ? List.of() : schema.required();
    List<String> missing =
        required.stream().filter(name -> !arguments.hasNonNull(name)).collect(Collectors.toList());
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "Missing required argument(s): " + String.join(", ", missing));
    }
    ObjectNode typed = arguments.deepCopy();
    typed.put("kind", kind);
    try {
      ToolAction action = JSON.treeToValue(typed, ToolAction.class);
      return type.cast(action);
    } catch (JsonMappingException e) {
      String field =
          e.getPath().stream()
              .map(JsonMappingException.Reference::getFieldName)
              .filter(name -> name != null)
              .collect(Collectors.joining("."));
      throw new IllegalArgumentException(
          "Invalid argument"
              + (field.isEmpty() ? "" : " '" + field + "'")
              + ": "
              + e.getOriginalMessage());
    } catch (IllegalArgumentException | ClassCastException e) {
      throw new IllegalArgumentException("Invalid arguments: " + e.getMessage());
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("Invalid arguments: " + e.getOriginalMessage());
    }
  }
}
