package dev.jhands.runtime;

import static dev.jhands.runtime.Api.ALPHA;
import static dev.jhands.runtime.Api.awaitStatus;
import static dev.jhands.runtime.Api.newSession;
import static dev.jhands.runtime.Api.post;
import static dev.jhands.runtime.Api.session;
import static dev.jhands.runtime.Api.start;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.dockerjava.api.DockerClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Housekeeping goes through the docker backend: a long-paused runtime loses its volume. */
@ExtendWith(DockerAvailable.class)
@QuarkusTest
@TestProfile(DockerHousekeepingProfile.class)
class DockerHousekeepingIT {

  private final DockerClient docker = DockerFixture.engine();

  @AfterEach
  void stopEverything() {
    DockerFixture.stopEverything(docker);
  }

  @Test
  void aRuntimePausedTooLongIsRemovedWithItsVolume() {
    String sid = newSession();
    Map<String, Object> body =
        Map.of("image", DockerProfile.IMAGE, "command", "sleep 600", "session_id", sid);
    String runtimeId = start(ALPHA, body).statusCode(200).extract().path("runtime_id");
    post(ALPHA, "/pause", runtimeId).statusCode(200);
    assertFalse(DockerFixture.containerExists(docker, runtimeId));
    assertTrue(DockerFixture.volumeExists(docker, runtimeId));

    awaitStatus(ALPHA, sid, "stopped");
    session(ALPHA, sid).body("status_detail", containsString("paused for longer than 3s"));
    assertFalse(DockerFixture.volumeExists(docker, runtimeId));
  }
}
