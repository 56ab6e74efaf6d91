package dev.jhands.runtime;

import static dev.jhands.runtime.Api.ALPHA;
import static dev.jhands.runtime.Api.awaitStatus;
import static dev.jhands.runtime.Api.newSession;
import static dev.jhands.runtime.Api.post;
import static dev.jhands.runtime.Api.session;
import static dev.jhands.runtime.Api.start;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.github.dockerjava.api.DockerClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sandboxes that cannot start become {@code error} with a reason, without waiting them out. */
@ExtendWith(DockerAvailable.class)
@QuarkusTest
@TestProfile(DockerProfile.class)
class DockerFailureIT {

  private final DockerClient docker = DockerFixture.engine();

  @AfterEach
  void stopEverything() {
    DockerFixture.stopEverything(docker);
  }

  @Test
  void aMissingImageIsAnErrorAtOnceAndMakesNothing() {
    String sid = newSession();
    String image = "jhands/no-such-image:" + sid;
    String runtimeId =
        start(ALPHA, Map.of("image", image, "command", List.of("true"), "session_id", sid))
            .statusCode(200)
            .extract()
            .path("runtime_id");
    awaitStatus(ALPHA, sid, "error");
    session(ALPHA, sid)
        .body("pod_status", equalTo("failed"))
        .body("status_detail", allOf(containsString(image), containsString("not in the Docker")));
    assertFalse(DockerFixture.containerExists(docker, runtimeId));
    assertFalse(DockerFixture.volumeExists(docker, runtimeId));
  }

  @Test
  void aCommandThatExitsIsAnErrorWithItsCodeAndLastOutput() {
    String sid = newSession();
    Map<String, Object> body =
        Map.of(
            "image",
            DockerProfile.IMAGE,
            "command",
            "echo \"boom in $RUNTIME_ID\"; exit 3",
            "session_id",
            sid);
    String runtimeId = start(ALPHA, body).statusCode(200).extract().path("runtime_id");
    awaitStatus(ALPHA, sid, "error");
    session(ALPHA, sid)
        .body(
            "status_detail",
            allOf(containsString("exited with code 3"), containsString("boom in " + runtimeId)));

    // An errored runtime may be resumed: a fresh container, which fails the same way.
    post(ALPHA, "/resume", runtimeId).statusCode(200).body("status", equalTo("starting"));
    awaitStatus(ALPHA, sid, "error");
    session(ALPHA, sid).body("restart_count", equalTo(1));
  }

  @Test
  void aCommandThatCannotRunIsAnErrorWithTheEnginesReason() {
    String sid = newSession();
    Map<String, Object> body =
        Map.of(
            "image",
            DockerProfile.IMAGE,
            "command",
            List.of("/no/such/program"),
            "session_id",
            sid);
    start(ALPHA, body).statusCode(200);
    awaitStatus(ALPHA, sid, "error");
    session(ALPHA, sid).body("status_detail", containsString("/no/such/program"));
  }
}
