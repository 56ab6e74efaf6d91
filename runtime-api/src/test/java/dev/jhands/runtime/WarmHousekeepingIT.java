package dev.jhands.runtime;

import static dev.jhands.runtime.Api.ALPHA;
import static dev.jhands.runtime.Api.SERVER;
import static dev.jhands.runtime.Api.awaitStatus;
import static dev.jhands.runtime.Api.newSession;
import static dev.jhands.runtime.Api.start;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.pool.WarmPoolSpec;
import dev.jhands.runtime.sandbox.SandboxRecord;
import dev.jhands.runtime.sandbox.Sandboxes;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A dormant warm member is idle by design: housekeeping leaves it to its pool. */
@QuarkusTest
@TestProfile(WarmHousekeepingProfile.class)
class WarmHousekeepingIT {

  @Inject Sandboxes sandboxes;

  // The pool's member stays for the pool to end at shutdown; the tenant's runtimes go now.
  @AfterEach
  void stopTheTenantsRuntimes() {
    List<String> ids =
        Api.as(ALPHA).get("/list").then().statusCode(200).extract().path("runtimes.runtime_id");
    ids.forEach(id -> Api.post(ALPHA, "/stop", id).statusCode(200));
  }

  @Test
  void anIdleWarmMemberIsNotPausedWhileAnIdleTenantSandboxIs() {
    await().atMost(Duration.ofSeconds(60)).until(() -> runningMember().isPresent());
    String member = runningMember().orElseThrow().runtimeId();

    // A tenant's sandbox reporting the same idle time is paused by a round that also saw the
    // member running.
    String sid = newSession();
    start(
            ALPHA,
            Map.of(
                "image",
                "ghcr.io/openhands/agent-server:test",
                "command",
                List.of("python3", SERVER, "--port", "60000"),
                "environment",
                Map.of("IDLE_TIME", "3600"),
                "session_id",
                sid))
        .statusCode(200);
    awaitStatus(ALPHA, sid, "paused");

    SandboxRecord after =
        sandboxes.all().stream()
            .filter(r -> r.runtimeId().equals(member))
            .findFirst()
            .orElseThrow();
    assertEquals(RuntimeStatus.RUNNING, after.status(), "the warm member is still running");
  }

  private Optional<SandboxRecord> runningMember() {
    return sandboxes.all().stream()
        .filter(r -> WarmPoolSpec.isPoolOwner(r.tenant()))
        .filter(r -> r.status() == RuntimeStatus.RUNNING)
        .findFirst();
  }
}
