package dev.jhands.events.sandbox;

import com.fasterxml.jackson.annotation.JsonTypeName;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The type strings of one sealed family ({@code "run"}, {@code "read"}...), read from the {@link
 * JsonTypeName} of each permitted subclass, so the sealed interface's {@code permits} clause is the
 * only list there is.
 */
final class TypeRegistry<T> {

  static final TypeRegistry<SandboxAction> ACTIONS = of(SandboxAction.class);
  static final TypeRegistry<SandboxObservation> OBSERVATIONS = of(SandboxObservation.class);

  private final Map<String, Class<? extends T>> byName;
  private final Map<Class<?>, String> byClass;

  private TypeRegistry(Map<String, Class<? extends T>> byName, Map<Class<?>, String> byClass) {
    this.byName = Collections.unmodifiableMap(byName);
    this.byClass = Collections.unmodifiableMap(byClass);
  }

  @SuppressWarnings("unchecked")
  static <T> TypeRegistry<T> of(Class<T> family) {
    Map<String, Class<? extends T>> byName = new LinkedHashMap<>();
    Map<Class<?>, String> byClass = new LinkedHashMap<>();
    for (Class<?> type : family.getPermittedSubclasses()) {
      JsonTypeName annotation = type.getAnnotation(JsonTypeName.class);
      if (annotation == null || annotation.value().isEmpty()) {
        throw new IllegalStateException(type.getName() + " has no @JsonTypeName");
      }
      if (byName.put(annotation.value(), (Class<? extends T>) type) != null) {
        throw new IllegalStateException("two types are named '" + annotation.value() + "'");
      }
      byClass.put(type, annotation.value());
    }
    return new TypeRegistry<>(byName, byClass);
  }

  /** The class for a type string, or null if the string names none. */
  Class<? extends T> classFor(String name) {
    return byName.get(name);
  }

  String nameOf(T value) {
    return byClass.get(value.getClass());
  }

  /** Every type string, in the order of the {@code permits} clause. */
  Iterable<String> names() {
    return byName.keySet();
  }

  String knownNames() {
    return String.join(", ", byName.keySet());
  }
}
