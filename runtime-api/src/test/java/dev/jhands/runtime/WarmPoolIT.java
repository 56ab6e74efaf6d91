package dev.jhands.runtime;

import static dev.jhands.runtime.Api.ALPHA;
import static dev.jhands.runtime.Api.as;
import static dev.jhands.runtime.Api.awaitStatus;
import static dev.jhands.runtime.Api.newSession;
import static dev.jhands.runtime.Api.post;
import static dev.jhands.runtime.Api.session;
import static dev.jhands.runtime.Api.start;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jhands.runtime.sandbox.SandboxRecord;
import dev.jhands.runtime.sandbox.Sandboxes;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Warm pools of real, dormant agent servers, claimed and activated through the REST routes. */
@QuarkusTest
@TestProfile(WarmPoolProfile.class)
class WarmPoolIT {

  private static final String MEMBERS = "warm pool agent";

  @Inject Sandboxes sandboxes;

  @AfterEach
  void stopTenantRuntimes() {
    List<String> ids =
        as(ALPHA).get("/list").then().statusCode(200).extract().path("runtimes.runtime_id");
    ids.forEach(id -> post(ALPHA, "/stop", id).statusCode(200));
  }

  @Test
  void aWarmHitIsActivatedForTheCallerAndThePoolRefills() {
    awaitPoolSize("agent", 2);
    Map<String, String> bootstrapKeys =
        sandboxes.held(MEMBERS).stream()
            .collect(Collectors.toMap(SandboxRecord::runtimeId, SandboxRecord::sessionApiKey));
    double hitsBefore = metric("jhands_warm_pool_hits_total", "agent");

    String sid = newSession();
    JsonPath started =
        start(ALPHA, startBody(WarmPoolProfile.IMAGE, sid, Map.of("CALLER_VAR", "from-caller")))
            .statusCode(200)
            .extract()
            .jsonPath();

    // Handed out running, already activated: no cold start to wait for.
    assertEquals("running", started.getString("status"));
    String runtimeId = started.getString("runtime_id");
    String url = started.getString("url");
    String key = started.getString("session_api_key");
    assertTrue(bootstrapKeys.containsKey(runtimeId), "a pool member was handed out");
    String bootstrap = bootstrapKeys.get(runtimeId);
    assertFalse(bootstrapKeys.containsValue(key), "the caller gets a fresh key");

    given().get(url + "/api/init").then().statusCode(200).body("state", equalTo("ready"));
    bash(url, key, "echo $CALLER_VAR $POOL_VAR")
        .statusCode(200)
        .body("exit_code", equalTo(0))
        .body("stdout", equalTo("from-caller from-pool\n"));
    bash(url, bootstrap, "echo no").statusCode(401);

    session(ALPHA, sid)
        .statusCode(200)
        .body("runtime_id", equalTo(runtimeId))
        .body("status", equalTo("running"))
        .body("pod_status", equalTo("ready"));
    assertEquals(hitsBefore + 1, metric("jhands_warm_pool_hits_total", "agent"));
    awaitPoolSize("agent", 2);
    assertFalse(
        sandboxes.held(MEMBERS).stream().anyMatch(r -> r.runtimeId().equals(runtimeId)),
        "the claimed sandbox left the pool");
  }

  @Test
  void aMatchingStartWithNoReadyMemberStartsColdAndCountsAMiss() {
    double missesBefore = metric("jhands_warm_pool_misses_total", "empty");
    String sid = newSession();
    JsonPath started =
        start(ALPHA, startBody(WarmPoolProfile.EMPTY_IMAGE, sid, Map.of("CALLER_VAR", "cold")))
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals("starting", started.getString("status"));
    assertEquals(missesBefore + 1, metric("jhands_warm_pool_misses_total", "empty"));

    awaitStatus(ALPHA, sid, "running");
    bash(started.getString("url"), started.getString("session_api_key"), "echo $CALLER_VAR")
        .statusCode(200)
        .body("stdout", equalTo("cold\n"));
  }

  @Test
  void warmRuntimeConfigsListsThePools() {
    as(ALPHA)
        .get("/api/warm-runtime-configs")
        .then()
        .statusCode(200)
        .body("configs.name", hasItems("agent", "empty"))
        .body("configs.find { it.name == 'agent' }.image", equalTo(WarmPoolProfile.IMAGE))
        .body("configs.find { it.name == 'agent' }.pool_size", equalTo(2))
        .body(
            "configs.find { it.name == 'agent' }.environment",
            equalTo(Map.of("POOL_VAR", "from-pool")))
        .body(
            "configs.find { it.name == 'agent' }.command",
            equalTo(WarmPoolProfile.agentServerCommand()));
  }

  private static Map<String, Object> startBody(
      String image, String sessionId, Map<String, String> env) {
    return Map.of(
        "image",
        image,
        "command",
        WarmPoolProfile.agentServerCommand(),
        "environment",
        env,
        "session_id",
        sessionId,
        "resource_factor",
        1);
  }

  private static io.restassured.response.ValidatableResponse bash(
      String url, String key, String command) {
    return given()
        .header("X-Session-API-Key", key)
        .contentType(ContentType.JSON)
        .body(Map.of("command", command))
        .post(url + "/api/bash/execute_bash_command")
        .then();
  }

  static void awaitPoolSize(String pool, int size) {
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> metric("jhands_warm_pool_size", pool) == size);
  }

  static double metric(String name, String pool) {
    String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
    Matcher m =
        Pattern.compile("(?m)^" + name + "\\{[^}]*pool=\"" + pool + "\"[^}]*\\} ([0-9.Ee+-]+)$")
            .matcher(text);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}
