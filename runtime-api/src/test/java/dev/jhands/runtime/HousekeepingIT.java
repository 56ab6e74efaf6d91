package dev.jhands.runtime;

import static dev.jhands.runtime.Api.ALPHA;
import static dev.jhands.runtime.Api.SERVER;
import static dev.jhands.runtime.Api.awaitStatus;
import static dev.jhands.runtime.Api.newSession;
import static dev.jhands.runtime.Api.post;
import static dev.jhands.runtime.Api.session;
import static dev.jhands.runtime.Api.start;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Housekeeping over real HTTP with real sandbox processes that report an idle time (or none) on
 * {@code /server_info}, at the short durations of {@link HousekeepingProfile}.
 */
@QuarkusTest
@TestProfile(HousekeepingProfile.class)
class HousekeepingIT {

  @AfterEach
  void stopEverything() {
    Api.stopEverything();
  }

  /** A sandbox whose agent server reports {@code idle} seconds; null: no /server_info at all. */
  private static Map<String, Object> sandbox(String sessionId, String idle) {
    Map<String, Object> body = new HashMap<>();
    body.put("image", "ghcr.io/openhands/agent-server:test");
    body.put("command", List.of("python3", SERVER, "--port", "60000"));
    body.put("environment", idle == null ? Map.of() : Map.of("IDLE_TIME", idle));
    body.put("session_id", sessionId);
    return body;
  }

  @Test
  void anIdleSandboxIsPausedThenRemovedWhilePausedTooLong() {
    String sid = newSession();
    String runtimeId = start(ALPHA, sandbox(sid, "5")).statusCode(200).extract().path("runtime_id");
    Path workspace = Api.stateDir().resolve("workspaces").resolve(runtimeId);
    awaitStatus(ALPHA, sid, "paused");
    session(ALPHA, sid).body("status_detail", containsString("idle for 5 s"));
    assertTrue(Files.isDirectory(workspace), "a pause keeps the workspace");

    awaitStatus(ALPHA, sid, "stopped");
    session(ALPHA, sid).body("status_detail", containsString("paused for longer than 4s"));
    assertFalse(Files.exists(workspace), "removal deletes the workspace");
    Api.as(ALPHA).get("/list").then().body("runtimes.runtime_id", not(hasItem(runtimeId)));
  }

  @Test
  void busySandboxesAndThoseWithoutServerInfoKeepRunning() {
    String busy = newSession();
    String silent = newSession();
    start(ALPHA, sandbox(busy, "0")).statusCode(200);
    start(ALPHA, sandbox(silent, null)).statusCode(200);
    awaitStatus(ALPHA, busy, "running");
    awaitStatus(ALPHA, silent, "running");

    // Both were running through the round that paused this one, so that round judged them too.
    String idle = newSession();
    start(ALPHA, sandbox(idle, "3600")).statusCode(200);
    awaitStatus(ALPHA, idle, "paused");

    session(ALPHA, busy).body("status", equalTo("running")).body("status_detail", nullValue());
    session(ALPHA, silent).body("status", equalTo("running")).body("status_detail", nullValue());
  }

  @Test
  void aResumedSandboxRunsUntilItIsIdleAgain() {
    String sid = newSession();
    String runtimeId =
        start(ALPHA, sandbox(sid, "3600")).statusCode(200).extract().path("runtime_id");
    awaitStatus(ALPHA, sid, "paused");
    post(ALPHA, "/resume", runtimeId).statusCode(200).body("status_detail", nullValue());
    session(ALPHA, sid).body("restart_count", equalTo(1));
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              var now = session(ALPHA, sid).extract().jsonPath();
              return "paused".equals(now.getString("status")) && now.getInt("restart_count") == 1;
            });
  }

  @Test
  void aRuntimePastItsLifetimeIsStopped() {
    String sid = newSession();
    String runtimeId = start(ALPHA, sandbox(sid, "0")).statusCode(200).extract().path("runtime_id");
    awaitStatus(ALPHA, sid, "running");
    Path workspace = Api.stateDir().resolve("workspaces").resolve(runtimeId);
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> "stopped".equals(session(ALPHA, sid).extract().path("status")));
    session(ALPHA, sid).body("status_detail", containsString("maximum lifetime of 20s"));
    assertFalse(Files.exists(workspace));
  }
}
