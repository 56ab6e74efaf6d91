package dev.jhands.runtime;

import static dev.jhands.runtime.Api.ALPHA;
import static dev.jhands.runtime.Api.awaitStatus;
import static dev.jhands.runtime.Api.newSession;
import static dev.jhands.runtime.Api.session;
import static dev.jhands.runtime.Api.start;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.docker.DockerBackend;
import dev.jhands.runtime.docker.DockerRecordStore;
import dev.jhands.runtime.sandbox.Sandboxes;
import dev.jhands.runtime.sandbox.Watcher;
import dev.jhands.runtime.tenant.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A container that runs but never serves is an error once the readiness wait is over. */
@ExtendWith(DockerAvailable.class)
@QuarkusTest
@TestProfile(DockerNotReadyIT.ShortReadyTimeout.class)
class DockerNotReadyIT {

  /** The Docker profile with a readiness wait of a few seconds. */
  public static class ShortReadyTimeout extends DockerProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
      overrides.put("jhands.runtime.ready-timeout", "4s");
      return overrides;
    }
  }

  private final DockerClient docker = DockerFixture.engine();

  @Inject RuntimeApiConfig config;

  @AfterEach
  void stopEverything() {
    DockerFixture.stopEverything(docker);
  }

  @Test
  void aSandboxThatNeverServesIsAnErrorAlsoForARestartedInstance() {
    String sid = newSession();
    Map<String, Object> body =
        Map.of("image", DockerProfile.IMAGE, "command", List.of("sleep", "600"), "session_id", sid);
    start(ALPHA, body).statusCode(200);
    awaitStatus(ALPHA, sid, "error");
    session(ALPHA, sid).body("status_detail", containsString("not ready"));

    // The container still runs (its logs may say why); a restarted instance counts the wait
    // from the container's start, so it does not grant a fresh one.
    DockerBackend backend = new DockerBackend(docker, config);
    Sandboxes second =
        new Sandboxes(config, new DockerRecordStore(docker, config, backend), backend);
    Tenant alpha = new Tenant("alpha", 5);
    try (Watcher watcher = new Watcher(second).begin()) {
      await()
          .atMost(Duration.ofSeconds(10))
          .until(() -> second.bySession(alpha, sid).orElseThrow().status() == RuntimeStatus.ERROR);
    }
    assertTrue(second.bySession(alpha, sid).orElseThrow().statusDetail().contains("not ready"));
  }
}
