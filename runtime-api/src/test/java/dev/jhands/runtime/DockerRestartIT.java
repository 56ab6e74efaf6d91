package dev.jhands.runtime;

import static dev.jhands.runtime.Api.ALPHA;
import static dev.jhands.runtime.Api.BETA;
import static dev.jhands.runtime.Api.awaitStatus;
import static dev.jhands.runtime.Api.newSession;
import static dev.jhands.runtime.Api.post;
import static dev.jhands.runtime.Api.start;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import com.github.dockerjava.api.model.Container;
import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.docker.DockerBackend;
import dev.jhands.runtime.docker.DockerRecordStore;
import dev.jhands.runtime.sandbox.SandboxRecord;
import dev.jhands.runtime.sandbox.Sandboxes;
import dev.jhands.runtime.tenant.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A second store and backend over the same engine and namespace stand for a runtime API restarted
 * after {@code kill -9}: with no state of its own, it must find every runtime in the engine with
 * the right status and tenant, and make or remove no container while doing so.
 */
@ExtendWith(DockerAvailable.class)
@QuarkusTest
@TestProfile(DockerProfile.class)
class DockerRestartIT {

  private static final Tenant ALPHA_TENANT = new Tenant("alpha", 5);
  private static final Tenant BETA_TENANT = new Tenant("beta", 1);
  private final DockerClient docker = DockerFixture.engine();

  @Inject RuntimeApiConfig config;

  @AfterEach
  void stopEverything() {
    DockerFixture.stopEverything(docker);
  }

  private Sandboxes restarted() {
    DockerBackend backend = new DockerBackend(docker, config);
    return new Sandboxes(config, new DockerRecordStore(docker, config, backend), backend);
  }

  @Test
  void aRestartedInstanceFindsEveryRuntimeAndDuplicatesNone() {
    String running = newSession();
    String paused = newSession();
    String stopped = newSession();
    String others = newSession();
    JsonPath runningStart = start(ALPHA, DockerFixture.serverStart(running)).extract().jsonPath();
    JsonPath pausedStart = start(ALPHA, DockerFixture.serverStart(paused)).extract().jsonPath();
    String stoppedId =
        start(ALPHA, DockerFixture.serverStart(stopped)).extract().path("runtime_id");
    String othersId = start(BETA, DockerFixture.serverStart(others)).extract().path("runtime_id");
    awaitStatus(ALPHA, running, "running");
    awaitStatus(ALPHA, paused, "running");
    post(ALPHA, "/pause", pausedStart.getString("runtime_id")).statusCode(200);
    post(ALPHA, "/stop", stoppedId).statusCode(200);
    Set<String> before = containerIds();

    Sandboxes second = restarted();

    SandboxRecord adopted = second.bySession(ALPHA_TENANT, running).orElseThrow();
    assertEquals(RuntimeStatus.RUNNING, adopted.status());
    assertEquals(runningStart.getString("runtime_id"), adopted.runtimeId());
    assertEquals(runningStart.getString("url"), adopted.url());
    assertEquals(runningStart.getString("session_api_key"), adopted.sessionApiKey());
    assertEquals("hello", adopted.environment().get("GREETING"));
    SandboxRecord kept = second.bySession(ALPHA_TENANT, paused).orElseThrow();
    assertEquals(RuntimeStatus.PAUSED, kept.status());
    assertEquals(pausedStart.getString("session_api_key"), kept.sessionApiKey());
    assertFalse(second.bySession(ALPHA_TENANT, stopped).isPresent());
    assertTrue(second.bySession(ALPHA_TENANT, others).isEmpty());
    assertEquals(othersId, second.bySession(BETA_TENANT, others).orElseThrow().runtimeId());
    assertEquals(before, containerIds());
    assertEquals(
        Set.of(adopted.runtimeId(), kept.runtimeId()),
        second.active(ALPHA_TENANT).stream()
            .map(SandboxRecord::runtimeId)
            .collect(Collectors.toSet()));
  }

  @Test
  void aContainerThatDiedWhileDownIsAnErrorWithItsExitCode() {
    String sid = newSession();
    String runtimeId = start(ALPHA, DockerFixture.serverStart(sid)).extract().path("runtime_id");
    awaitStatus(ALPHA, sid, "running");
    docker.killContainerCmd(DockerFixture.containerName(runtimeId)).exec();

    SandboxRecord seen = restarted().bySession(ALPHA_TENANT, sid).orElseThrow();
    assertEquals(RuntimeStatus.ERROR, seen.status());
    assertThat(seen.statusDetail(), containsString("exited with code 137"));
  }

  private Set<String> containerIds() {
    return DockerFixture.containers(docker).stream()
        .map(Container::getId)
        .collect(Collectors.toSet());
  }
}
