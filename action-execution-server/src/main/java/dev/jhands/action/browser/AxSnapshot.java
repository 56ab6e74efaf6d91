package dev.jhands.action.browser;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chromium's accessibility tree with each node's bid, the DOM snapshot it was matched with, and
 * BrowserGym's extra properties per bid ({@code visibility}, {@code bbox}, {@code clickable},
 * {@code set_of_marks}). Read over DevTools, as BrowserGym reads them.
 */
record AxSnapshot(
    JsonObject axtree, JsonObject dom, Map<String, Map<String, Object>> extraProperties) {

  static AxSnapshot capture(CDPSession devtools, Map<String, Object> marks) {
    JsonObject axtree = devtools.send("Accessibility.getFullAXTree");
    JsonObject params = new JsonObject();
    params.add("computedStyles", new JsonArray());
    JsonObject dom = devtools.send("DOMSnapshot.captureSnapshot", params);

    Map<Long, String> bidByNode = new HashMap<>();
    Set<String> clickable = new HashSet<>();
    JsonArray strings = dom.getAsJsonArray("strings");
    for (JsonElement document : dom.getAsJsonArray("documents")) {
      JsonObject nodes = document.getAsJsonObject().getAsJsonObject("nodes");
      JsonArray backendIds = nodes.getAsJsonArray("backendNodeId");
      JsonArray attributes = nodes.getAsJsonArray("attributes");
      Set<Integer> clickableNodes = new HashSet<>();
      if (nodes.has("isClickable")) {
        nodes
            .getAsJsonObject("isClickable")
            .getAsJsonArray("index")
            .forEach(i -> clickableNodes.add(i.getAsInt()));
      }
      for (int i = 0; i < backendIds.size(); i++) {
        JsonArray pairs = attributes.get(i).getAsJsonArray();
        for (int k = 0; k + 1 < pairs.size(); k += 2) {
          if ("bid".equals(strings.get(pairs.get(k).getAsInt()).getAsString())) {
            String bid = strings.get(pairs.get(k + 1).getAsInt()).getAsString();
            bidByNode.put(backendIds.get(i).getAsLong(), bid);
            if (clickableNodes.contains(i)) {
              clickable.add(bid);
            }
          }
        }
      }
    }
    for (JsonElement node : axtree.getAsJsonArray("nodes")) {
      JsonObject n = node.getAsJsonObject();
      if (n.has("backendDOMNodeId")
          && bidByNode.containsKey(n.get("backendDOMNodeId").getAsLong())) {
        n.addProperty("browsergym_id", bidByNode.get(n.get("backendDOMNodeId").getAsLong()));
      }
    }
    return new AxSnapshot(axtree, dom, extraProperties(marks, clickable));
  }

  private static Map<String, Map<String, Object>> extraProperties(
      Map<String, Object> marks, Set<String> clickable) {
    Map<String, Map<String, Object>> extra = new LinkedHashMap<>();
    marks.forEach(
        (bid, mark) -> {
          List<?> m = (List<?>) mark;
          Map<String, Object> props = new LinkedHashMap<>();
          props.put("visibility", ((Number) m.get(0)).doubleValue());
          props.put("bbox", m.get(1));
          props.put("clickable", clickable.contains(bid));
          props.put("set_of_marks", m.get(2));
          extra.put(bid, props);
        });
    return extra;
  }
}
