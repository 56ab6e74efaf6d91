package dev.jhands.agent.ide;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The IDE routes, as OpenHands answers them with no VS Code server. */
@QuarkusTest
class IdeIT {

  @Test
  void vscodeIsEnabledButNotRunningSoItsUrlIsNull() {
    given()
        .queryParam("base_url", "http://localhost:8001")
        .queryParam("workspace_dir", "/workspace/project")
        .get("/api/vscode/url")
        .then()
        .statusCode(200)
        .body("$", hasKey("url"))
        .body("url", nullValue());
    given()
        .get("/api/vscode/status")
        .then()
        .statusCode(200)
        .body("running", equalTo(false))
        .body("enabled", equalTo(true))
        .body("$", not(hasKey("message")));
  }

  @Test
  void theDesktopIsDisabled() {
    given()
        .queryParam("base_url", "http://localhost:8002")
        .get("/api/desktop/url")
        .then()
        .statusCode(503)
        .body(
            "detail",
            equalTo("Desktop is disabled in configuration. Set enable_vnc=true to enable."));
  }
}
