package dev.jhands.runtime;

import static dev.jhands.runtime.Api.ALPHA;
import static dev.jhands.runtime.Api.BETA;
import static dev.jhands.runtime.Api.as;
import static dev.jhands.runtime.Api.newSession;
import static dev.jhands.runtime.Api.post;
import static dev.jhands.runtime.Api.session;
import static dev.jhands.runtime.Api.start;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TenancyIT {

  @AfterEach
  void stopEverything() {
    Api.stopEverything();
  }

  private static Map<String, Object> sleeper(String sid) {
    return Map.of("image", "img", "command", List.of("sleep", "300"), "session_id", sid);
  }

  @Test
  void everyRouteNeedsAKnownApiKey() {
    given().get("/list").then().statusCode(401).body("detail", notNullValue());
    as("wrong").get("/list").then().statusCode(401).body("detail", notNullValue());
    given().header("X-Session-API-Key", ALPHA).get("/list").then().statusCode(401);
    given().body("{}").post("/start").then().statusCode(401);
    given().get("/api/warm-runtime-configs").then().statusCode(401);
    // The SDK also sends its session key here: ignored, not refused.
    as(ALPHA).header("X-Session-API-Key", "anything").get("/list").then().statusCode(200);
  }

  @Test
  void aTenantNeverSeesNorTouchesAnothersRuntimes() {
    String sid = newSession();
    String runtimeId = start(ALPHA, sleeper(sid)).statusCode(200).extract().path("runtime_id");

    session(BETA, sid).statusCode(404);
    as(BETA).get("/runtime/" + runtimeId).then().statusCode(404);
    as(BETA).queryParam("ids", sid).get("/sessions/batch").then().body("[0]", equalTo(null));
    as(BETA).get("/list").then().body("runtimes.runtime_id", not(hasItem(runtimeId)));
    post(BETA, "/pause", runtimeId).statusCode(404).body("detail", notNullValue());
    post(BETA, "/stop", runtimeId).statusCode(404);
    session(ALPHA, sid).statusCode(200).body("status", equalTo("starting"));

    // The same session id under another tenant is another runtime.
    start(BETA, sleeper(sid)).statusCode(200).body("runtime_id", not(equalTo(runtimeId)));
  }

  @Test
  void overTheCapIs429AndNothingIsEvicted() {
    String first = start(BETA, sleeper(newSession())).statusCode(200).extract().path("runtime_id");
    start(BETA, sleeper(newSession())).statusCode(429).body("detail", containsString("limit"));
    as(BETA)
        .get("/list")
        .then()
        .body("total", equalTo(1))
        .body("runtimes[0].runtime_id", equalTo(first));

    post(BETA, "/stop", first).statusCode(200);
    start(BETA, sleeper(newSession())).statusCode(200);
  }

  @Test
  void imageRoutesAndWarmConfigs() {
    as(ALPHA)
        .get("/api/warm-runtime-configs")
        .then()
        .statusCode(200)
        .body("configs.size()", equalTo(0));
    as(ALPHA)
        .get("/registry_prefix")
        .then()
        .statusCode(200)
        .body("registry_prefix", notNullValue());
    as(ALPHA)
        .queryParam("image", "any:tag")
        .get("/image_exists")
        .then()
        .statusCode(200)
        .body("exists", equalTo(true));
    as(ALPHA).post("/build").then().statusCode(501).body("detail", notNullValue());
  }
}
