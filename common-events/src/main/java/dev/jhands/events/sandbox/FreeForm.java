package dev.jhands.events.sandbox;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Deep, unmodifiable copies of free-form JSON values ({@code dict[str, Any]} in OpenHands).
 *
 * <p>{@link Map#copyOf} would do, except that it rejects JSON nulls and loses the key order, which
 * OpenHands keeps and a reader of the written JSON expects.
 *
 * <p>Free-form record components are written with {@link Serializer}, since a mapper configured to
 * drop nulls would otherwise drop them inside these maps too, changing what OpenHands sent.
 */
final class FreeForm {

  private FreeForm() {}

  static <V> Map<String, V> map(Map<String, V> map) {
    if (map == null) {
      return Map.of();
    }
    Map<String, V> copy = new LinkedHashMap<>();
    map.forEach((key, value) -> copy.put(key, copyValue(value)));
    return Collections.unmodifiableMap(copy);
  }

  static <V> List<V> list(List<V> list) {
    if (list == null) {
      return List.of();
    }
    List<V> copy = new ArrayList<>(list.size());
    list.forEach(value -> copy.add(copyValue(value)));
    return Collections.unmodifiableList(copy);
  }

  @SuppressWarnings("unchecked")
  private static <V> V copyValue(V value) {
    if (value instanceof Map<?, ?> nested) {
      return (V) map((Map<String, Object>) nested);
    }
    if (value instanceof List<?> nested) {
      return (V) list((List<Object>) nested);
    }
    return value;
  }

  /** Writes a free-form value exactly as held, nulls included, whatever the mapper's inclusion. */
  static final class Serializer extends StdSerializer<Object> {

    Serializer() {
      super(Object.class);
    }

    @Override
    public void serialize(Object value, JsonGenerator gen, SerializerProvider provider)
        throws IOException {
      switch (value) {
        case null -> gen.writeNull();
        case Map<?, ?> map -> {
          gen.writeStartObject(map);
          for (Map.Entry<?, ?> entry : map.entrySet()) {
            gen.writeFieldName(String.valueOf(entry.getKey()));
            serialize(entry.getValue(), gen, provider);
          }
          gen.writeEndObject();
        }
        case List<?> list -> {
          gen.writeStartArray(list, list.size());
          for (Object element : list) {
            serialize(element, gen, provider);
          }
          gen.writeEndArray();
        }
        case String s -> gen.writeString(s);
        case Boolean b -> gen.writeBoolean(b);
        case Integer i -> gen.writeNumber(i);
        case Long l -> gen.writeNumber(l);
        case BigInteger i -> gen.writeNumber(i);
        case Double d -> gen.writeNumber(d);
        case BigDecimal d -> gen.writeNumber(d);
        default -> provider.defaultSerializeValue(value, gen);
      }
    }
  }
}
