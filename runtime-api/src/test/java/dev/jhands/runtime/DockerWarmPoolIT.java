package dev.jhands.runtime;

import static dev.jhands.runtime.Api.ALPHA;
import static dev.jhands.runtime.Api.as;
import static dev.jhands.runtime.Api.newSession;
import static dev.jhands.runtime.Api.post;
import static dev.jhands.runtime.Api.start;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
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
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A warm pool of real agent servers in containers, claimed and activated over the routes. */
@ExtendWith(DockerAvailable.class)
@QuarkusTest
@TestProfile(DockerWarmProfile.class)
class DockerWarmPoolIT {

  @Inject Sandboxes sandboxes;

  @AfterEach
  void stopTenantRuntimes() {
    List<String> ids =
        as(ALPHA).get("/list").then().statusCode(200).extract().path("runtimes.runtime_id");
    ids.forEach(id -> post(ALPHA, "/stop", id).statusCode(200));
  }

  @Test
  void aWarmContainerIsHandedOutActivatedAndReplaced() {
    WarmPoolIT.awaitPoolSize("docker", 1);
    SandboxRecord member = sandboxes.held("warm pool docker").get(0);

    JsonPath started =
        start(
                ALPHA,
                Map.of(
                    "image",
                    DockerProfile.IMAGE,
                    "command",
                    DockerWarmProfile.COMMAND,
                    "environment",
                    Map.of("CALLER_VAR", "from-caller"),
                    "session_id",
                    newSession()))
            .statusCode(200)
            .extract()
            .jsonPath();

    assertEquals("running", started.getString("status"));
    assertEquals(member.runtimeId(), started.getString("runtime_id"));
    String key = started.getString("session_api_key");
    assertFalse(key.equals(member.sessionApiKey()));
    String url = started.getString("url");
    bash(url, key, "echo $CALLER_VAR $POOL_VAR")
        .statusCode(200)
        .body("stdout", equalTo("from-caller from-pool\n"));
    bash(url, member.sessionApiKey(), "echo no").statusCode(401);

    WarmPoolIT.awaitPoolSize("docker", 1);
    assertTrue(
        sandboxes.held("warm pool docker").stream()
            .noneMatch(r -> r.runtimeId().equals(member.runtimeId())));
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
}
