package dev.jhands.runtime;

import static dev.jhands.runtime.Api.ALPHA;
import static dev.jhands.runtime.Api.as;
import static dev.jhands.runtime.Api.newSession;
import static dev.jhands.runtime.Api.post;
import static dev.jhands.runtime.Api.start;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.exception.NotFoundException;
import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.docker.DockerBackend;
import dev.jhands.runtime.docker.DockerRecordStore;
import dev.jhands.runtime.pool.WarmPools;
import dev.jhands.runtime.sandbox.RecordStore;
import dev.jhands.runtime.sandbox.SandboxRecord;
import dev.jhands.runtime.sandbox.Sandboxes;
import dev.jhands.runtime.tenant.Tenant;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A warm claim on Docker survives a restart of the runtime API: a fresh store and backend over the
 * same engine (as {@link DockerRestartIT} stands for {@code kill -9} and restart) find the claimed
 * container as its tenant's, under its session, with the new key, and not as its pool's member.
 */
@ExtendWith(DockerAvailable.class)
@QuarkusTest
@TestProfile(DockerWarmProfile.class)
class DockerWarmRestartIT {

  private static final Tenant ALPHA_TENANT = new Tenant("alpha", 5);
  private static final String MEMBERS = "warm pool docker";
  private final DockerClient docker = DockerFixture.engine();

  @Inject Sandboxes sandboxes;
  @Inject RuntimeApiConfig config;

  @AfterEach
  void stopTenantRuntimes() {
    List<String> ids =
        as(ALPHA).get("/list").then().statusCode(200).extract().path("runtimes.runtime_id");
    ids.forEach(id -> post(ALPHA, "/stop", id).statusCode(200));
  }

  private Sandboxes restarted() {
    DockerBackend backend = new DockerBackend(docker, config);
    return new Sandboxes(config, new DockerRecordStore(docker, config, backend), backend);
  }

  @Test
  void aClaimedContainerIsItsTenantsAfterARestartAcrossPauseAndResume() {
    WarmPoolIT.awaitPoolSize("docker", 1);
    SandboxRecord member = sandboxes.held(MEMBERS).get(0);
    String sid = newSession();
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
                    sid))
            .statusCode(200)
            .extract()
            .jsonPath();
    assertEquals(member.runtimeId(), started.getString("runtime_id"));
    String key = started.getString("session_api_key");
    String url = started.getString("url");

    Sandboxes second = restarted();

    SandboxRecord seen = second.bySession(ALPHA_TENANT, sid).orElseThrow();
    assertEquals(member.runtimeId(), seen.runtimeId());
    assertEquals(RuntimeStatus.RUNNING, seen.status());
    assertEquals(key, seen.sessionApiKey());
    assertEquals(url, seen.url());
    assertEquals("from-caller", seen.environment().get("CALLER_VAR"));
    assertFalse(seen.environment().containsKey("OH_DEFERRED_INIT"));
    echoes(url, key, "from-caller from-pool\n");
    assertTrue(
        second.held(MEMBERS).stream().noneMatch(r -> r.runtimeId().equals(member.runtimeId())),
        "the claimed container is not its pool's member again");
    // The engine refuses a second claim of the member, whatever a stale view of it says.
    DockerBackend backend = new DockerBackend(docker, config);
    SandboxRecord stale =
        TestClaims.claimed(
            member, "beta", newSession(), Map.of(), "another-key", member.statusSince());
    assertEquals(
        RecordStore.Transfer.MEMBER_TAKEN,
        new DockerRecordStore(docker, config, backend).transfer(member, stale));

    // Paused and resumed by restarted instances, it comes back active, with the caller's key.
    second.pause(ALPHA_TENANT, member.runtimeId());
    Sandboxes third = restarted();
    SandboxRecord paused = third.bySession(ALPHA_TENANT, sid).orElseThrow();
    assertEquals(RuntimeStatus.PAUSED, paused.status());
    assertEquals(key, paused.sessionApiKey());
    SandboxRecord resumed = third.resume(ALPHA_TENANT, member.runtimeId());
    assertEquals(key, resumed.sessionApiKey());
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> bash(resumed.url(), key, "echo $CALLER_VAR").extract().statusCode() == 200);
    echoes(resumed.url(), key, "from-caller from-pool\n");
    SandboxRecord again = restarted().bySession(ALPHA_TENANT, sid).orElseThrow();
    assertEquals(RuntimeStatus.RUNNING, again.status());
    assertEquals(key, again.sessionApiKey());
    assertNotEquals(member.handle(), again.handle());

    // A stop removes container, volume and claim marker: nothing is left of it in the engine.
    third.stop(ALPHA_TENANT, member.runtimeId());
    assertFalse(DockerFixture.containerExists(docker, member.runtimeId()));
    assertFalse(DockerFixture.volumeExists(docker, member.runtimeId()));
    assertFalse(markerExists(member.runtimeId()));
    assertTrue(restarted().bySession(ALPHA_TENANT, sid).isEmpty());
  }

  /**
   * A claim recorded but never activated (the runtime API died before {@code POST /api/init}) is,
   * after a restart, its tenant's runtime with the new key, on a server still dormant that refuses
   * it: said to be an {@code error}, and a resume relaunches it active with that key.
   */
  @Test
  void aClaimNeverActivatedIsItsTenantsErrorAndAResumeActivatesIt() {
    WarmPoolIT.awaitPoolSize("docker", 1);
    SandboxRecord member = sandboxes.held(MEMBERS).get(0);
    String sid = newSession();
    Map<String, String> env =
        TestClaims.activeEnvironment(member, Map.of("CALLER_VAR", "from-caller"));
    String key = "claimed-key-" + UUID.randomUUID();
    SandboxRecord claimed =
        TestClaims.claimed(member, "alpha", sid, env, key, System.currentTimeMillis());
    assertEquals(RecordStore.Transfer.DONE, sandboxes.claimWarm(ALPHA_TENANT, member, claimed));

    Sandboxes second = restarted();
    // What a restarted runtime API does first: its tenant's runtime is not said to run.
    new WarmPools(Map.of(), second, new SimpleMeterRegistry()).failInterruptedActivations();
    SandboxRecord seen = second.bySession(ALPHA_TENANT, sid).orElseThrow();
    assertEquals(RuntimeStatus.ERROR, seen.status());
    assertTrue(seen.statusDetail().startsWith("warm claim interrupted"), seen.statusDetail());
    assertEquals(key, seen.sessionApiKey());
    given()
        .get(member.url() + "/api/init")
        .then()
        .statusCode(200)
        .body("state", equalTo("dormant"));
    bash(member.url(), key, "echo no").statusCode(401);

    SandboxRecord resumed = second.resume(ALPHA_TENANT, member.runtimeId());
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(500))
        .ignoreExceptions()
        .until(() -> bash(resumed.url(), key, "echo x").extract().statusCode() == 200);
    echoes(resumed.url(), key, "from-caller from-pool\n");

    restarted().stop(ALPHA_TENANT, member.runtimeId());
    assertFalse(DockerFixture.containerExists(docker, member.runtimeId()));
    assertFalse(DockerFixture.volumeExists(docker, member.runtimeId()));
    assertFalse(markerExists(member.runtimeId()));
  }

  private boolean markerExists(String runtimeId) {
    try {
      docker.inspectContainerCmd(DockerFixture.containerName(runtimeId) + "-claim").exec();
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  private static void echoes(String url, String key, String expected) {
    assertEquals(
        expected,
        bash(url, key, "echo $CALLER_VAR $POOL_VAR").statusCode(200).extract().path("stdout"));
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
