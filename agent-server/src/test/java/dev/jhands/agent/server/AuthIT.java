package dev.jhands.agent.server;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(AuthIT.WithKey.class)
class AuthIT {

  public static class WithKey implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("jhands.agent.session-api-keys", "s3cret");
    }
  }

  @Test
  void missingKeyIs401() {
    given()
        .get("/api/conversations/count")
        .then()
        .statusCode(401)
        .body("detail", equalTo("Unauthorized"));
  }

  @Test
  void wrongKeyIs401() {
    given()
        .header("X-Session-API-Key", "s3cret-not")
        .get("/api/conversations/search")
        .then()
        .statusCode(401)
        .body("detail", equalTo("Unauthorized"));
  }

  @Test
  void oddPathSpellingsDoNotBypassTheKey() {
    given().urlEncodingEnabled(false).get("//api/conversations/count").then().statusCode(401);
    given().urlEncodingEnabled(false).get("/./api/conversations/count").then().statusCode(401);
  }

  @Test
  void rightKeyPasses() {
    given()
        .header("X-Session-API-Key", "s3cret")
        .get("/api/conversations/count")
        .then()
        .statusCode(200);
  }

  @Test
  void openRoutesNeedNoKey() {
    given().get("/alive").then().statusCode(200);
    given().get("/health").then().statusCode(200);
    given().get("/server_info").then().statusCode(200);
    given().get("/ready").then().statusCode(200);
    given().get("/q/health/live").then().statusCode(200);
  }
}
