package dev.jhands.action.browser;

import static dev.jhands.action.browser.BrowserTests.browse;
import static dev.jhands.action.browser.BrowserTests.chromiumProcesses;
import static dev.jhands.action.browser.BrowserTests.interact;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Without Chromium each browser action gets a clear error, and the server carries on. */
@QuarkusTest
@TestProfile(ChromiumMissingIT.NoChromium.class)
class ChromiumMissingIT {

  public static class NoChromium implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("jhands.action.browser.executable", "/nonexistent/chromium");
    }
  }

  @Test
  void browseGetsAClearError() {
    JsonPath obs = browse("http://127.0.0.1:9/", false);
    assertThat(obs.getString("observation")).isEqualTo("error");
    assertThat(obs.getString("content"))
        .startsWith("Browser functionality is not supported or disabled. ")
        .contains("No Chromium executable at /nonexistent/chromium");
  }

  @Test
  void browseInteractiveGetsAClearErrorAndTheServerStaysAlive() {
    JsonPath obs = interact("click('1')");
    assertThat(obs.getString("observation")).isEqualTo("error");
    assertThat(obs.getString("content"))
        .startsWith("Browser functionality is not supported or disabled.");
    given().get("/alive").then().statusCode(200).body("status", equalTo("ok"));
  }

  @Test
  void noChromiumIsLeftRunning() {
    // Any earlier test application (such as BrowseIT's) has stopped by now, and must have closed
    // its browser on the way.
    assertThat(chromiumProcesses()).isEmpty();
  }
}
