package dev.jhands.action.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(SessionKeyIT.WithKey.class)
class SessionKeyIT {

  public static class WithKey implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("jhands.action.session-api-key", "s3cret-key");
    }
  }

  private static final String MESSAGE =
      "{\"action\": {\"action\": \"message\", \"args\": {\"content\": \"hi\"}}}";

  @Test
  void refusesAMissingKey() {
    given()
        .body(MESSAGE)
        .post("/execute_action")
        .then()
        .statusCode(403)
        .body("detail", equalTo("Invalid API Key"));
  }

  @Test
  void refusesAWrongKey() {
    given()
        .header("X-Session-API-Key", "s3cret-kez")
        .body(MESSAGE)
        .post("/execute_action")
        .then()
        .statusCode(403)
        .body("detail", equalTo("Invalid API Key"));
  }

  @Test
  void letsTheRightKeyThrough() {
    // Past the filter, a message action is refused for what it is, not for the key.
    given()
        .header("X-Session-API-Key", "s3cret-key")
        .body(MESSAGE)
        .post("/execute_action")
        .then()
        .statusCode(400);
  }

  @Test
  void keepsLivenessRoutesOpen() {
    given().get("/alive").then().statusCode(200);
    given().get("/server_info").then().statusCode(200);
    given().get("/q/health/live").then().statusCode(200);
  }
}
