package dev.jhands.action.browser;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Posting browser actions as OpenHands does, and reading the answers. */
final class BrowserTests {

  private BrowserTests() {}

  static JsonPath browse(String url, boolean returnAxtree) {
    return execute("browse", Map.of("url", url, "return_axtree", returnAxtree), 60);
  }

  static JsonPath interact(String actions) {
    return interact(actions, 60);
  }

  static JsonPath interact(String actions, double timeout) {
    return execute("browse_interactive", Map.of("browser_actions", actions), timeout);
  }

  static JsonPath execute(String type, Map<String, Object> args, double timeout) {
    Map<String, Object> action = new LinkedHashMap<>();
    action.put("action", type);
    action.put("args", args);
    action.put("timeout", timeout);
    return given()
        .contentType("application/json")
        .body(Map.of("action", action))
        .post("/execute_action")
        .then()
        .statusCode(200)
        .extract()
        .jsonPath();
  }

  /** The bid of the first {@code role 'name'} line of the accessibility tree in the content. */
  static String bid(String content, String role, String name) {
    Matcher m =
        Pattern.compile("\\[(\\d+)\\] " + role + " '" + Pattern.quote(name) + "'").matcher(content);
    if (!m.find()) {
      throw new AssertionError("no " + role + " '" + name + "' in:\n" + content);
    }
    return m.group(1);
  }

  /** This JVM's Chromium processes. */
  static List<ProcessHandle> chromiumProcesses() {
    return ProcessHandle.current()
        .descendants()
        .filter(p -> p.info().command().map(c -> c.contains("chrom")).orElse(false))
        .toList();
  }
}
