package dev.jhands.runtime;

import static dev.jhands.runtime.Api.ALPHA;
import static dev.jhands.runtime.Api.awaitStatus;
import static dev.jhands.runtime.Api.newSession;
import static dev.jhands.runtime.Api.post;
import static dev.jhands.runtime.Api.serverStart;
import static dev.jhands.runtime.Api.session;
import static dev.jhands.runtime.Api.start;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ShortTimeoutProfile.class)
class RotationAndTimeoutIT {

  @AfterEach
  void stopEverything() {
    Api.stopEverything();
  }

  @Test
  void resumeRotatesTheKeyWhenConfigured() {
    String sid = newSession();
    var started = start(ALPHA, serverStart(sid)).statusCode(200).extract().jsonPath();
    String runtimeId = started.getString("runtime_id");
    String oldKey = started.getString("session_api_key");
    awaitStatus(ALPHA, sid, "running");

    post(ALPHA, "/pause", runtimeId).statusCode(200);
    String newKey =
        post(ALPHA, "/resume", runtimeId).statusCode(200).extract().path("session_api_key");
    assertNotEquals(oldKey, newKey);
    awaitStatus(ALPHA, sid, "running");
    String url = session(ALPHA, sid).body("session_api_key", equalTo(newKey)).extract().path("url");
    assertEquals(newKey, given().get(url + "/env").then().extract().path("SESSION_API_KEY"));
  }

  @Test
  void aSandboxNeverReadyIsAnErrorAndCanBeResumed() {
    String sid = newSession();
    Map<String, Object> body =
        Map.of("image", "img", "command", List.of("sleep", "300"), "session_id", sid);
    String runtimeId = start(ALPHA, body).statusCode(200).extract().path("runtime_id");
    awaitStatus(ALPHA, sid, "error");
    session(ALPHA, sid).body("status_detail", containsString("not ready"));

    post(ALPHA, "/resume", runtimeId).statusCode(200).body("status", equalTo("starting"));
    session(ALPHA, sid).body("restart_count", equalTo(1));
  }
}
