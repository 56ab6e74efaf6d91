package dev.jhands.action.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AxTreeTextTest {

  // The shape of Chromium's Accessibility.getFullAXTree, with the bids AxSnapshot adds.
  private static final String TREE =
      """
      {"nodes": [
        {"nodeId": "1", "role": {"value": "RootWebArea"}, "name": {"value": "Test page"},
         "properties": [{"name": "focusable", "value": {"type": "booleanOrUndefined", "value": true}},
                        {"name": "focused", "value": {"type": "booleanOrUndefined", "value": true}},
                        {"name": "url", "value": {"type": "string", "value": "http://x/"}}],
         "childIds": ["2"]},
        {"nodeId": "2", "role": {"value": "generic"}, "name": {"value": ""}, "browsergym_id": "1",
         "childIds": ["3", "4", "6", "7", "8", "9"]},
        {"nodeId": "3", "role": {"value": "heading"}, "name": {"value": " Title\\n"}, "browsergym_id": "2",
         "properties": [{"name": "level", "value": {"type": "integer", "value": 1}}], "childIds": []},
        {"nodeId": "4", "role": {"value": "button"}, "name": {"value": "Go"}, "browsergym_id": "5",
         "childIds": ["5"]},
        {"nodeId": "5", "role": {"value": "StaticText"}, "name": {"value": "Go"}, "childIds": []},
        {"nodeId": "6", "role": {"value": "textbox"}, "name": {"value": "Name"}, "browsergym_id": "6",
         "value": {"type": "string", "value": "it's"},
         "properties": [{"name": "required", "value": {"type": "boolean", "value": true}},
                        {"name": "expanded", "value": {"type": "booleanOrUndefined", "value": false}},
                        {"name": "atomic", "value": {"type": "boolean", "value": false}}],
         "childIds": []},
        {"nodeId": "7", "role": {"value": "LineBreak"}, "name": {"value": "\\n"}, "childIds": []},
        {"nodeId": "8", "role": {"value": "none"}, "ignored": true, "childIds": ["10"]},
        {"nodeId": "9", "role": {"value": "StaticText"}, "name": {"value": "free text"}, "childIds": []},
        {"nodeId": "10", "role": {"value": "link"}, "name": {"value": "More"}, "browsergym_id": "9",
         "properties": [{"name": "url", "value": {"type": "string", "value": "http://x/more"}}],
         "childIds": []}
      ]}
      """;

  @Test
  void flattensAsBrowserGymDoesForOpenHands() {
    JsonObject tree = JsonParser.parseString(TREE).getAsJsonObject();
    Map<String, Map<String, Object>> extra =
        Map.of(
            "5", Map.of("clickable", true),
            "6", Map.of("clickable", true),
            "9", Map.of("clickable", true));
    assertThat(AxTreeText.flatten(tree, extra))
        .isEqualTo(
            """
            RootWebArea 'Test page', focused, url='http://x/'
            \t[1] generic
            \t\t[2] heading 'Title'
            \t\t[5] button 'Go', clickable
            \t\t[6] textbox 'Name' value="it's", clickable, required, expanded=False
            \t\t[9] link 'More', clickable, url='http://x/more'
            \t\tStaticText 'free text'\
            """);
  }

  @Test
  void anEmptyTreeIsEmptyText() {
    assertThat(AxTreeText.flatten(new JsonObject(), Map.of())).isEmpty();
  }
}
