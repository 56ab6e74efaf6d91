package dev.jhands.events.llm;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import java.io.IOException;
import java.util.List;

/**
 * Reads a message's {@code content}: a list of items, or (as the SDK's validator allows) a bare
 * string, which becomes one text item. Null becomes an empty list.
 */
final class ContentListDeserializer extends JsonDeserializer<List<Content>> {

  @Override
  public List<Content> deserialize(JsonParser parser, DeserializationContext context)
      throws IOException {
    if (parser.hasToken(JsonToken.VALUE_STRING)) {
      return List.of(TextContent.of(parser.getText()));
    }
    JavaType listType = context.getTypeFactory().constructCollectionType(List.class, Content.class);
    return context.readValue(parser, listType);
  }

  @Override
  public List<Content> getNullValue(DeserializationContext context) {
    return List.of();
  }
}
