package dev.jhands.events.sandbox;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Binds an event's {@code args} or {@code extras} to its record, with errors that name the field,
 * the type and the offending key. The allowed and required names come from the record's own Jackson
 * metadata ({@code @JsonNaming}, {@code @JsonProperty(required = true)}), so nothing is listed
 * twice.
 */
final class ArgumentBinder {

  /** Where the values sit, for error messages: e.g. field {@code args} of action {@code run}. */
  record Site(Class<?> target, String field, String family, String typeName, String noun) {
    String describe() {
      return "in field '" + field + "' for " + family + " '" + typeName + "'";
    }
  }

  private record Spec(List<String> names, List<String> required) {}

  private static final Map<Class<?>, Spec> SPECS = new ConcurrentHashMap<>();

  private ArgumentBinder() {}

  /**
   * Binds {@code values} to {@code type}. When {@code strict}, a name the record does not know is
   * an error; otherwise it is ignored. A missing or null required value is always an error.
   */
  static <T> T bind(
      DeserializationContext ctxt, ObjectNode values, Class<T> type, Site site, boolean strict)
      throws IOException {
    Spec spec = SPECS.computeIfAbsent(type, t -> specOf(ctxt, t));
    if (strict) {
      for (Iterator<String> names = values.fieldNames(); names.hasNext(); ) {
        String name = names.next();
        if (!spec.names().contains(name)) {
          return ctxt.reportInputMismatch(
              site.target(),
              "Unknown %s '%s' %s; known %ss: %s",
              site.noun(),
              name,
              site.describe(),
              site.noun(),
              String.join(", ", spec.names()));
        }
      }
    }
    for (String name : spec.required()) {
      JsonNode value = values.get(name);
      if (value == null || value.isNull()) {
        return ctxt.reportInputMismatch(
            site.target(), "Missing required %s '%s' %s", site.noun(), name, site.describe());
      }
    }
    try {
      return ctxt.readTreeAsValue(values, type);
    } catch (ValueInstantiationException e) {
      // A record's constructor refused the values (e.g. a condensation naming no events): report it
      // as bad input, like every other error here, so that a server answers 400, not 500.
      Throwable cause = e.getCause() == null ? e : e.getCause();
      return ctxt.reportInputMismatch(
          site.target(), "Invalid %ss %s: %s", site.noun(), site.describe(), cause.getMessage());
    }
  }

  private static Spec specOf(DeserializationContext ctxt, Class<?> type) {
    BeanDescription description = ctxt.getConfig().introspect(ctxt.constructType(type));
    List<BeanPropertyDefinition> properties =
        description.findProperties().stream()
            .filter(BeanPropertyDefinition::couldDeserialize)
            .toList();
    return new Spec(
        properties.stream().map(BeanPropertyDefinition::getName).toList(),
        properties.stream()
            .filter(BeanPropertyDefinition::isRequired)
            .map(BeanPropertyDefinition::getName)
            .toList());
  }
}
