package dev.jhands.runtime;

import static dev.jhands.runtime.Api.ALPHA;
import static dev.jhands.runtime.Api.as;
import static dev.jhands.runtime.Api.awaitStatus;
import static dev.jhands.runtime.Api.newSession;
import static dev.jhands.runtime.Api.post;
import static dev.jhands.runtime.Api.serverStart;
import static dev.jhands.runtime.Api.session;
import static dev.jhands.runtime.Api.start;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.instanceOf;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LifecycleIT {

  @AfterEach
  void stopEverything() {
    Api.stopEverything();
  }

  @Test
  void startAnswersStartingThenTheSandboxRunsWithItsEnvironment() {
    String sid = newSession();
    JsonPath started = start(ALPHA, serverStart(sid)).statusCode(200).extract().jsonPath();
    assertEquals("starting", started.getString("status"));
    assertEquals(sid, started.getString("session_id"));
    assertTrue(started.getMap("").containsKey("session_api_key"));
    assertTrue(!started.getMap("").containsKey("pod_status"));
    String url = started.getString("url");
    String key = started.getString("session_api_key");
    String runtimeId = started.getString("runtime_id");

    awaitStatus(ALPHA, sid, "running");
    session(ALPHA, sid)
        .statusCode(200)
        .body("runtime_id", equalTo(runtimeId))
        .body("session_id", equalTo(sid))
        .body("pod_status", equalTo("ready"))
        .body("restart_count", equalTo(0))
        .body("status_detail", nullValue())
        .body("work_hosts", equalTo(Map.of()));

    JsonPath env = given().get(url + "/env").then().statusCode(200).extract().jsonPath();
    assertEquals("hello", env.getString("GREETING"));
    assertEquals(key, env.getString("SESSION_API_KEY"));
    assertEquals(runtimeId, env.getString("RUNTIME_ID"));
    assertTrue(url.endsWith(":" + env.getString("PORT")));

    as(ALPHA)
        .get("/runtime/" + runtimeId)
        .then()
        .statusCode(200)
        .body("runtime_id", equalTo(runtimeId))
        .body("pod_status", equalTo("ready"))
        .body("restart_count", equalTo(0));
    as(ALPHA)
        .get("/list")
        .then()
        .statusCode(200)
        .body("runtimes.runtime_id", hasItem(runtimeId))
        .body("runtimes.find { it.runtime_id == '" + runtimeId + "' }.status", equalTo("running"))
        .body("total", instanceOf(Integer.class));
  }

  @Test
  void batchAnswersInRequestOrderWithNullForMissing() {
    String sid = newSession();
    start(ALPHA, serverStart(sid)).statusCode(200);
    as(ALPHA)
        .queryParam("ids", "missing-one", sid, "../x")
        .get("/sessions/batch")
        .then()
        .statusCode(200)
        .body("size()", equalTo(3))
        .body("[0]", nullValue())
        .body("[1].session_id", equalTo(sid))
        .body("[1].status", instanceOf(String.class))
        .body("[2]", nullValue());
    session(ALPHA, "no-such-session").statusCode(404).body("detail", notNullValue());
  }

  @Test
  void aCommandLineRunsThroughTheShell() {
    String sid = newSession();
    Map<String, Object> body =
        Map.of(
            "image",
            "img",
            "command",
            "python3 " + Api.SERVER + " --port 60000",
            "session_id",
            sid);
    start(ALPHA, body).statusCode(200).body("command", nullValue());
    awaitStatus(ALPHA, sid, "running");
  }

  @Test
  void pauseKeepsTheWorkspaceAndResumeKeepsTheKey() {
    String sid = newSession();
    JsonPath started = start(ALPHA, serverStart(sid)).statusCode(200).extract().jsonPath();
    String runtimeId = started.getString("runtime_id");
    String key = started.getString("session_api_key");
    awaitStatus(ALPHA, sid, "running");
    long pid =
        given().get(started.getString("url") + "/pid").then().extract().jsonPath().getLong("pid");

    post(ALPHA, "/pause", runtimeId).statusCode(200).body("status", equalTo("paused"));
    session(ALPHA, sid).body("status", equalTo("paused"));
    await().atMost(Duration.ofSeconds(30)).until(() -> ProcessHandle.of(pid).isEmpty());
    Path boots = Api.stateDir().resolve("workspaces").resolve(runtimeId).resolve("boots.txt");
    assertTrue(Files.exists(boots));

    post(ALPHA, "/resume", runtimeId)
        .statusCode(200)
        .body("session_api_key", equalTo(key))
        .body("status", equalTo("starting"));
    awaitStatus(ALPHA, sid, "running");
    session(ALPHA, sid).body("restart_count", equalTo(1)).body("session_api_key", equalTo(key));
    await().until(() -> Files.readAllLines(boots).size() == 2);

    post(ALPHA, "/resume", runtimeId).statusCode(409).body("detail", containsString("running"));
  }

  @Test
  void stopEndsTheRuntimeAndTheSessionCanStartAnew() {
    String sid = newSession();
    String first = start(ALPHA, serverStart(sid)).statusCode(200).extract().path("runtime_id");
    // A second start while the first is active answers the same runtime.
    start(ALPHA, serverStart(sid)).statusCode(200).body("runtime_id", equalTo(first));
    awaitStatus(ALPHA, sid, "running");

    post(ALPHA, "/stop", first).statusCode(200).body("status", equalTo("stopped"));
    session(ALPHA, sid).statusCode(200).body("status", equalTo("stopped"));
    as(ALPHA).get("/list").then().body("runtimes.runtime_id", not(hasItem(first)));
    post(ALPHA, "/resume", first).statusCode(409);

    String second = start(ALPHA, serverStart(sid)).statusCode(200).extract().path("runtime_id");
    assertNotEquals(first, second);
    awaitStatus(ALPHA, sid, "running");
    session(ALPHA, sid).body("runtime_id", equalTo(second));
  }

  @Test
  void aProcessThatExitsIsAnError() {
    String sid = newSession();
    Map<String, Object> body =
        Map.of(
            "image",
            "img",
            "command",
            List.of("sh", "-c", "echo booting; echo boom: no config >&2; exit 3"),
            "session_id",
            sid);
    start(ALPHA, body).statusCode(200);
    awaitStatus(ALPHA, sid, "error");
    session(ALPHA, sid)
        .body(
            "status_detail",
            containsString("process exited with code 3: booting | boom: no config"))
        .body("pod_status", equalTo("failed"));
  }

  @Test
  void aCommandNotFoundIsAnErrorThatSaysSo() {
    String sid = newSession();
    Map<String, Object> body =
        Map.of("image", "img", "command", List.of("jhands-no-such-command"), "session_id", sid);
    start(ALPHA, body).statusCode(200).body("status", equalTo("starting"));
    awaitStatus(ALPHA, sid, "error");
    session(ALPHA, sid)
        .body("status_detail", containsString("code 127 (command not found)"))
        .body("status_detail", containsString("jhands-no-such-command"));

    String line = newSession();
    start(
            ALPHA,
            Map.of(
                "image",
                "img",
                "command",
                "jhands-no-such-command --port 60000",
                "session_id",
                line))
        .statusCode(200);
    awaitStatus(ALPHA, line, "error");
    session(ALPHA, line).body("status_detail", containsString("code 127 (command not found)"));
  }
}
