package dev.jhands.runtime;

import static dev.jhands.runtime.Api.ALPHA;
import static dev.jhands.runtime.Api.BETA;
import static dev.jhands.runtime.Api.as;
import static dev.jhands.runtime.Api.awaitStatus;
import static dev.jhands.runtime.Api.newSession;
import static dev.jhands.runtime.Api.post;
import static dev.jhands.runtime.Api.session;
import static dev.jhands.runtime.Api.start;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.Capability;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.HostConfig;
import com.github.dockerjava.api.model.Ports;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The docker backend through the runtime API's routes, checked against the engine itself. */
@ExtendWith(DockerAvailable.class)
@QuarkusTest
@TestProfile(DockerProfile.class)
class DockerLifecycleIT {

  private final DockerClient docker = DockerFixture.engine();

  @AfterEach
  void stopEverything() {
    DockerFixture.stopEverything(docker);
  }

  @Test
  void imageExistsAsksTheEngine() {
    JsonPath present =
        as(ALPHA)
            .queryParam("image", DockerProfile.IMAGE)
            .get("/image_exists")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertTrue(present.getBoolean("exists"));
    assertTrue(present.getLong("image.image_size_bytes") > 0, "the engine's size");
    assertFalse(present.getString("image.upload_time").isBlank(), "the engine's creation time");
    as(ALPHA)
        .queryParam("image", "jhands/no-such-image:missing")
        .get("/image_exists")
        .then()
        .statusCode(200)
        .body("exists", equalTo(false))
        .body("image", nullValue());
  }

  @Test
  void aSandboxRunsAsANonRootUserWithScaledLimitsOnLoopbackOnly() {
    String sid = newSession();
    Map<String, Object> body = new HashMap<>(DockerFixture.serverStart(sid));
    body.put("resource_factor", 2);
    body.put("working_dir", "/workspace/project");
    JsonPath started = start(ALPHA, body).statusCode(200).extract().jsonPath();
    assertEquals("starting", started.getString("status"));
    String runtimeId = started.getString("runtime_id");
    String url = started.getString("url");
    String key = started.getString("session_api_key");

    awaitStatus(ALPHA, sid, "running");
    session(ALPHA, sid).body("pod_status", equalTo("ready")).body("url", equalTo(url));
    JsonPath env = given().get(url + "/env").then().statusCode(200).extract().jsonPath();
    assertEquals("hello", env.getString("GREETING"));
    assertEquals(key, env.getString("SESSION_API_KEY"));
    assertEquals(runtimeId, env.getString("RUNTIME_ID"));
    assertEquals("60000", env.getString("PORT"));
    JsonPath who = given().get(url + "/whoami").then().statusCode(200).extract().jsonPath();
    assertEquals("1000", who.getString("uid"));
    assertEquals("1000", who.getString("gid"));
    assertEquals("/workspace/project", who.getString("cwd"));

    InspectContainerResponse container =
        docker.inspectContainerCmd(DockerFixture.containerName(runtimeId)).exec();
    assertEquals("1000:1000", container.getConfig().getUser());
    HostConfig host = container.getHostConfig();
    assertEquals(2 * 512L * 1024 * 1024, host.getMemory());
    assertEquals(2_000_000_000L, host.getNanoCPUs());
    assertEquals(512L, host.getPidsLimit());
    assertTrue(List.of(host.getCapDrop()).contains(Capability.ALL));
    assertTrue(host.getSecurityOpts().contains("no-new-privileges"));
    Ports.Binding[] bindings =
        container.getNetworkSettings().getPorts().getBindings().get(ExposedPort.tcp(60000));
    assertEquals(1, bindings.length);
    assertEquals("127.0.0.1", bindings[0].getHostIp());
    assertEquals(url, "http://127.0.0.1:" + bindings[0].getHostPortSpec());
    assertEquals(1, container.getNetworkSettings().getPorts().getBindings().size());
    assertTrue(
        container.getMounts().stream()
            .anyMatch(m -> "/opt/jhands".equals(m.getDestination().getPath()) && !m.getRW()));
    assertTrue(
        container.getMounts().stream()
            .anyMatch(
                m ->
                    "/workspace".equals(m.getDestination().getPath())
                        && DockerFixture.containerName(runtimeId).equals(m.getName())
                        && m.getRW()));
  }

  @Test
  void pauseRemovesTheContainerAndResumeKeepsKeyUrlAndWorkspace() {
    String sid = newSession();
    Map<String, Object> body = new HashMap<>(DockerFixture.serverStart(sid));
    // V1 asks for its own ids; the workspace must be that user's too.
    body.put("run_as_user", 10001);
    body.put("run_as_group", 10001);
    JsonPath started = start(ALPHA, body).statusCode(200).extract().jsonPath();
    String runtimeId = started.getString("runtime_id");
    String key = started.getString("session_api_key");
    String url = started.getString("url");
    awaitStatus(ALPHA, sid, "running");
    given().get(url + "/whoami").then().body("uid", equalTo("10001"));

    post(ALPHA, "/pause", runtimeId).statusCode(200).body("status", equalTo("paused"));
    assertFalse(DockerFixture.containerExists(docker, runtimeId));
    assertTrue(DockerFixture.volumeExists(docker, runtimeId));
    session(ALPHA, sid).body("status", equalTo("paused")).body("pod_status", equalTo("not found"));

    post(ALPHA, "/resume", runtimeId)
        .statusCode(200)
        .body("session_api_key", equalTo(key))
        .body("status", equalTo("starting"));
    awaitStatus(ALPHA, sid, "running");
    session(ALPHA, sid)
        .body("restart_count", equalTo(1))
        .body("url", equalTo(url))
        .body("session_api_key", equalTo(key));
    // The workspace kept the first boot's line: this is the second.
    given().get(url + "/boots").then().statusCode(200).body(equalTo("2"));
    post(ALPHA, "/resume", runtimeId).statusCode(409);
  }

  @Test
  void stopRemovesContainerAndVolume() {
    String sid = newSession();
    String runtimeId = start(ALPHA, DockerFixture.serverStart(sid)).extract().path("runtime_id");
    assertTrue(DockerFixture.containerExists(docker, runtimeId));
    assertTrue(DockerFixture.volumeExists(docker, runtimeId));
    awaitStatus(ALPHA, sid, "running");

    post(ALPHA, "/stop", runtimeId).statusCode(200).body("status", equalTo("stopped"));
    assertFalse(DockerFixture.containerExists(docker, runtimeId));
    assertFalse(DockerFixture.volumeExists(docker, runtimeId));
    session(ALPHA, sid).statusCode(200).body("status", equalTo("stopped"));
    as(ALPHA).get("/list").then().body("runtimes.runtime_id", not(hasItem(runtimeId)));
    post(ALPHA, "/stop", runtimeId).statusCode(200);
  }

  @Test
  void anotherTenantSeesNothingOfTheSandbox() {
    String sid = newSession();
    String runtimeId = start(ALPHA, DockerFixture.serverStart(sid)).extract().path("runtime_id");
    session(BETA, sid).statusCode(404);
    as(BETA).get("/runtime/" + runtimeId).then().statusCode(404);
    post(BETA, "/stop", runtimeId).statusCode(404);
    as(BETA).get("/list").then().body("runtimes.runtime_id", not(hasItem(runtimeId)));
    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> DockerFixture.containerExists(docker, runtimeId));
  }
}
