package dev.jhands.action.browser;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.jhands.action.execute.PythonStrings;
import dev.jhands.events.json.PythonRepr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The accessibility tree as the text agents read: one tab-indented line per node, {@code [bid] role
 * 'name'} plus value and properties, the way BrowserGym's {@code flatten_axtree_to_str} prints it
 * with OpenHands' settings (clickable marked, generic nodes kept, redundant static text dropped).
 */
final class AxTreeText {

  // InlineTextBox repeats its StaticText; Chromium lists it once its layout has been queried.
  private static final Set<String> IGNORED_ROLES = Set.of("LineBreak", "InlineTextBox");
  private static final Set<String> IGNORED_PROPERTIES =
      Set.of("editable", "readonly", "level", "settable", "multiline", "invalid", "focusable");
  private static final Set<String> FLAGS = Set.of("required", "focused", "atomic");

  private final Map<String, JsonObject> byId = new HashMap<>();
  private final Map<String, Map<String, Object>> extra;
  private final List<String> lines = new ArrayList<>();

  private AxTreeText(Map<String, Map<String, Object>> extra) {
    this.extra = extra;
  }

  static String flatten(JsonObject axtree, Map<String, Map<String, Object>> extra) {
    AxTreeText text = new AxTreeText(extra);
    var nodes = axtree.getAsJsonArray("nodes");
    if (nodes == null || nodes.isEmpty()) {
      return "";
    }
    nodes.forEach(
        n -> text.byId.put(n.getAsJsonObject().get("nodeId").getAsString(), n.getAsJsonObject()));
    text.visit(nodes.get(0).getAsJsonObject(), 0, "");
    return String.join("\n", text.lines);
  }

  private void visit(JsonObject node, int depth, String parentName) {
    String role = stringAt(node, "role");
    String name = "";
    boolean skip = IGNORED_ROLES.contains(role) || !node.has("name");
    if (!skip) {
      name = stringAt(node, "name");
      String bid = node.has("browsergym_id") ? node.get("browsergym_id").getAsString() : null;
      List<String> attributes = new ArrayList<>();
      if (role.equals("StaticText")) {
        skip = parentName.contains(name);
      } else if (bid != null
          && Boolean.TRUE.equals(extra.getOrDefault(bid, Map.of()).get("clickable"))) {
        attributes.add("clickable");
      }
      attributes.addAll(properties(node));
      if (!skip) {
        StringBuilder line = new StringBuilder("\t".repeat(depth));
        if (bid != null) {
          line.append('[').append(bid).append("] ");
        }
        line.append(role);
        if (!(role.equals("generic") && name.isEmpty())) {
          line.append(' ').append(PythonRepr.repr(PythonStrings.strip(name)));
        }
        if (node.has("value") && node.getAsJsonObject("value").has("value")) {
          line.append(" value=")
              .append(PythonRepr.repr(Json.toJava(node.getAsJsonObject("value").get("value"))));
        }
        attributes.forEach(a -> line.append(", ").append(a));
        lines.add(line.toString());
      }
    }
    if (node.has("childIds")) {
      for (JsonElement childId : node.getAsJsonArray("childIds")) {
        JsonObject child = byId.get(childId.getAsString());
        if (child != null && child != node) {
          visit(child, skip ? depth : depth + 1, name);
        }
      }
    }
  }

  private static List<String> properties(JsonObject node) {
    List<String> out = new ArrayList<>();
    if (!node.has("properties")) {
      return out;
    }
    for (JsonElement p : node.getAsJsonArray("properties")) {
      JsonObject property = p.getAsJsonObject();
      String name = property.get("name").getAsString();
      if (!property.has("value")
          || !property.getAsJsonObject("value").has("value")
          || IGNORED_PROPERTIES.contains(name)) {
        continue;
      }
      Object value = Json.toJava(property.getAsJsonObject("value").get("value"));
      if (!FLAGS.contains(name)) {
        out.add(name + "=" + PythonRepr.repr(value));
      } else if (truthy(value)) {
        out.add(name);
      }
    }
    return out;
  }

  private static boolean truthy(Object value) {
    return switch (value) {
      case null -> false;
      case Boolean b -> b;
      case String s -> !s.isEmpty();
      case Number n -> n.doubleValue() != 0;
      default -> true;
    };
  }

  private static String stringAt(JsonObject node, String key) {
    JsonElement holder = node.get(key);
    if (holder == null || !holder.isJsonObject() || !holder.getAsJsonObject().has("value")) {
      return "";
    }
    JsonElement value = holder.getAsJsonObject().get("value");
    return value instanceof JsonPrimitive primitive ? primitive.getAsString() : value.toString();
  }
}
