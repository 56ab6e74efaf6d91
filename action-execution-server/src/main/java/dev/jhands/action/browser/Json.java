package dev.jhands.action.browser;

import com.google.gson.JsonElement;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** DevTools JSON (Gson, as Playwright returns it) as the plain values the wire model holds. */
final class Json {

  private Json() {}

  static Object toJava(JsonElement json) {
    if (json == null || json.isJsonNull()) {
      return null;
    }
    if (json instanceof JsonPrimitive p) {
      if (p.isBoolean()) {
        return p.getAsBoolean();
      }
      if (p.isNumber()) {
        // Integers stay integers, so 3 is written back as 3 and not 3.0.
        return p.getAsString().matches("-?\\d{1,18}")
            ? (Object) p.getAsLong()
            : (Object) p.getAsDouble();
      }
      return p.getAsString();
    }
    if (json.isJsonArray()) {
      List<Object> list = new ArrayList<>();
      json.getAsJsonArray().forEach(e -> list.add(toJava(e)));
      return list;
    }
    Map<String, Object> map = new LinkedHashMap<>();
    json.getAsJsonObject().entrySet().forEach(e -> map.put(e.getKey(), toJava(e.getValue())));
    return map;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> toMap(JsonElement json) {
    return (Map<String, Object>) toJava(json);
  }
}
