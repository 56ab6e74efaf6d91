package dev.jhands.agent.bash;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The bash routes sit under {@code /api}, so the session key guards them like the rest. */
@QuarkusTest
@TestProfile(BashAuthIT.WithKey.class)
class BashAuthIT {

  public static class WithKey implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("jhands.agent.session-api-keys", "s3cret");
    }
  }

  @Test
  void withoutTheKeyEveryBashRouteIs401() {
    given()
        .contentType("application/json")
        .body("{\"command\": \"touch /tmp/should-not-run\"}")
        .post("/api/bash/start_bash_command")
        .then()
        .statusCode(401)
        .body("detail", equalTo("Unauthorized"));
    given().get("/api/bash/bash_events/search").then().statusCode(401);
    given().delete("/api/bash/bash_events").then().statusCode(401);
  }

  @Test
  void withTheKeyTheyAnswer() {
    given()
        .header("X-Session-API-Key", "s3cret")
        .get("/api/bash/bash_events/search")
        .then()
        .statusCode(200);
  }
}
