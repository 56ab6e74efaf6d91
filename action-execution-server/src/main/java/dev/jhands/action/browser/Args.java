package dev.jhands.action.browser;

import dev.jhands.events.json.PythonRepr;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The bound arguments of one call, read with the types the BrowserGym signature names. */
record Args(String function, Map<String, Object> values) {

  String string(String name) throws BrowserGymError {
    Object value = values.get(name);
    if (value instanceof String s) {
      return s;
    }
    // Agents often write click(12); BrowserGym would refuse it, but the intent is plain.
    if (value instanceof Long n) {
      return n.toString();
    }
    throw wrongType(name, "a string", value);
  }

  double number(String name) throws BrowserGymError {
    if (values.get(name) instanceof Number n) {
      return n.doubleValue();
    }
    throw wrongType(name, "a number", values.get(name));
  }

  boolean bool(String name) throws BrowserGymError {
    if (values.get(name) instanceof Boolean b) {
      return b;
    }
    throw wrongType(name, "True or False", values.get(name));
  }

  /** A string or a list of strings, as {@code select_option} and {@code upload_file} take. */
  List<String> strings(String name) throws BrowserGymError {
    Object value = values.get(name);
    if (value instanceof String s) {
      return List.of(s);
    }
    if (value instanceof List<?> list) {
      List<String> out = new ArrayList<>();
      for (Object item : list) {
        if (!(item instanceof String s)) {
          throw wrongType(name, "a string or a list of strings", value);
        }
        out.add(s);
      }
      return out;
    }
    throw wrongType(name, "a string or a list of strings", value);
  }

  private BrowserGymError wrongType(String name, String expected, Object got) {
    return new BrowserGymError(
        "ValueError",
        function + "(): expected " + expected + " for '" + name + "', got " + PythonRepr.repr(got));
  }
}
