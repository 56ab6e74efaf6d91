package dev.jhands.agent.ide;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code OH_ENABLE_VSCODE=false}, and the session key guarding the IDE and tool routes. */
@QuarkusTest
@TestProfile(VscodeDisabledIT.Disabled.class)
class VscodeDisabledIT {

  static final String KEY = "ide-key";

  public static class Disabled implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("jhands.agent.vscode.enabled", "false", "jhands.agent.session-api-keys", KEY);
    }
  }

  @Test
  void urlIs503AndStatusSaysWhy() {
    given()
        .header("X-Session-API-Key", KEY)
        .get("/api/vscode/url")
        .then()
        .statusCode(503)
        .body(
            "detail",
            equalTo("VSCode is disabled in configuration. Set enable_vscode=true to enable."));
    given()
        .header("X-Session-API-Key", KEY)
        .get("/api/vscode/status")
        .then()
        .statusCode(200)
        .body("running", equalTo(false))
        .body("enabled", equalTo(false))
        .body("message", equalTo("VSCode is disabled in configuration"));
  }

  @Test
  void everyNewRouteNeedsTheKey() {
    for (String path :
        new String[] {
          "/api/tools/",
          "/api/vscode/status",
          "/api/desktop/url",
          "/api/file/download?path=/etc/hostname",
          "/api/file/download//etc/hostname",
          "/api/git/changes?path=/tmp",
          "/api/git/diff//etc/hostname"
        }) {
      given().get(path).then().statusCode(401).body("detail", equalTo("Unauthorized"));
    }
  }
}
