package dev.jhands.runtime;

import static dev.jhands.runtime.Api.ALPHA;
import static dev.jhands.runtime.Api.awaitStatus;
import static dev.jhands.runtime.Api.newSession;
import static dev.jhands.runtime.Api.post;
import static dev.jhands.runtime.Api.serverStart;
import static dev.jhands.runtime.Api.start;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.process.ProcessBackend;
import dev.jhands.runtime.sandbox.FileRecordStore;
import dev.jhands.runtime.sandbox.SandboxRecord;
import dev.jhands.runtime.sandbox.Sandboxes;
import dev.jhands.runtime.tenant.Tenant;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A second store and backend over the same state directory stand for a runtime API restarted after
 * {@code kill -9}: they must see every runtime as it was and adopt its processes, not start more.
 */
@QuarkusTest
class RestartIT {

  private static final Tenant ALPHA_TENANT = new Tenant("alpha", 5);

  @Inject RuntimeApiConfig config;

  @AfterEach
  void stopEverything() {
    Api.stopEverything();
  }

  private Sandboxes restarted() {
    return new Sandboxes(
        config, new FileRecordStore(config.stateDir()), new ProcessBackend(config));
  }

  @Test
  void aRestartedInstanceSeesEveryRuntimeAndAdoptsItsProcesses() {
    String running = newSession();
    String paused = newSession();
    String stopped = newSession();
    Map<String, String> ids =
        Map.of(
            running, start(ALPHA, serverStart(running)).extract().path("runtime_id"),
            paused, start(ALPHA, serverStart(paused)).extract().path("runtime_id"),
            stopped, start(ALPHA, serverStart(stopped)).extract().path("runtime_id"));
    ids.keySet().forEach(sid -> awaitStatus(ALPHA, sid, "running"));
    post(ALPHA, "/pause", ids.get(paused)).statusCode(200);
    post(ALPHA, "/stop", ids.get(stopped)).statusCode(200);
    String marker = ids.get(running);
    long before = sandboxProcesses(marker);

    Sandboxes second = restarted();
    assertEquals(
        RuntimeStatus.RUNNING, second.bySession(ALPHA_TENANT, running).orElseThrow().status());
    assertEquals(
        RuntimeStatus.PAUSED, second.bySession(ALPHA_TENANT, paused).orElseThrow().status());
    assertEquals(
        RuntimeStatus.STOPPED, second.bySession(ALPHA_TENANT, stopped).orElseThrow().status());
    assertEquals(before, sandboxProcesses(marker));
    List<String> active =
        second.active(ALPHA_TENANT).stream().map(SandboxRecord::runtimeId).toList();
    assertTrue(active.containsAll(List.of(ids.get(running), ids.get(paused))));
    assertTrue(!active.contains(ids.get(stopped)));

    // The adopted process is the new instance's to end.
    SandboxRecord adopted = second.bySession(ALPHA_TENANT, running).orElseThrow();
    long pid = Long.parseLong(adopted.handle().substring(0, adopted.handle().indexOf(':')));
    second.stop(ALPHA_TENANT, adopted.runtimeId());
    await().atMost(Duration.ofSeconds(30)).until(() -> ProcessHandle.of(pid).isEmpty());
  }

  @Test
  void aProcessThatDiedWhileDownIsAnError() {
    String sid = newSession();
    start(ALPHA, serverStart(sid)).statusCode(200);
    awaitStatus(ALPHA, sid, "running");
    SandboxRecord record = restarted().bySession(ALPHA_TENANT, sid).orElseThrow();
    ProcessHandle process =
        ProcessHandle.of(Long.parseLong(record.handle().substring(0, record.handle().indexOf(':'))))
            .orElseThrow();
    process.destroyForcibly();
    await().atMost(Duration.ofSeconds(30)).until(() -> !process.isAlive());

    SandboxRecord seen = restarted().bySession(ALPHA_TENANT, sid).orElseThrow();
    assertEquals(RuntimeStatus.ERROR, seen.status());
    assertTrue(seen.statusDetail() != null && !seen.statusDetail().isEmpty());
  }

  /** Live processes whose command line names this runtime's sandbox server. */
  private static long sandboxProcesses(String runtimeId) {
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().orElse("").contains("sandbox_server.py"))
        .filter(p -> environmentNames(p, runtimeId))
        .count();
  }

  private static boolean environmentNames(ProcessHandle p, String runtimeId) {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + p.pid() + "/environ"))
          .contains("RUNTIME_ID=" + runtimeId);
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
