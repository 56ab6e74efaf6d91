package dev.jhands.events.sandbox;

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
}
