package dev.jhands.agent.init;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** A server started normally is ready at once and has no {@code /api/init}, as in the SDK. */
@QuarkusTest
class NotDeferredIT {

  @Test
  void readyAtOnce() {
    given().get("/ready").then().statusCode(200).body("status", equalTo("ready"));
  }

  @Test
  void initRoutesAre404() {
    given().get("/api/init").then().statusCode(404).body("detail", containsString("deferred_init"));
    given().contentType("application/json").body("{}").post("/api/init").then().statusCode(404);
  }
}
