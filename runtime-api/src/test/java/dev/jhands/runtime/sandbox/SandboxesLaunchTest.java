package dev.jhands.runtime.sandbox;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jhands.events.runtime.RuntimeCommand;
import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.events.runtime.StartRuntimeRequest;
import dev.jhands.runtime.TestConfigs;
import dev.jhands.runtime.backend.BackendException;
import dev.jhands.runtime.backend.Inspection;
import dev.jhands.runtime.backend.Launch;
import dev.jhands.runtime.backend.LaunchSpec;
import dev.jhands.runtime.backend.SandboxBackend;
import dev.jhands.runtime.tenant.Tenant;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * How {@link Sandboxes#start} coordinates launches that run outside its lock: the backend here
 * holds the launches of session {@code slow} until the test lets them go, so what other calls do
 * meanwhile is observable. The backend's real launches are covered by the process and Docker ITs.
 */
@Timeout(60)
class SandboxesLaunchTest {

  private static final Tenant TENANT = new Tenant("t", 10);

  @TempDir Path state;
  private final GatedBackend backend = new GatedBackend();
  private Sandboxes sandboxes;

  @BeforeEach
  void create() {
    sandboxes =
        new Sandboxes(
            TestConfigs.runtime(Map.of("jhands.runtime.state-dir", state.toString())),
            new FileRecordStore(state),
            backend);
  }

  @AfterEach
  void release() {
    backend.gate.countDown();
  }

  @Test
  void anotherSessionStartsWhileALaunchIsHeld() throws Exception {
    CompletableFuture<SandboxRecord> slow = startAsync("slow");
    assertTrue(backend.entered.await(10, TimeUnit.SECONDS));

    SandboxRecord quick = sandboxes.start(TENANT, request("quick"));

    assertEquals(RuntimeStatus.STARTING, quick.status());
    assertEquals("handle-" + quick.runtimeId(), quick.handle());
    assertFalse(slow.isDone(), "the held launch cannot have finished");
    backend.gate.countDown();
    assertEquals("handle-" + slow.get(10, TimeUnit.SECONDS).runtimeId(), slow.get().handle());
  }

  @Test
  void startsOfALaunchingSessionWaitForItAndGetTheSameRuntime() throws Exception {
    CompletableFuture<SandboxRecord> first = startAsync("slow");
    assertTrue(backend.entered.await(10, TimeUnit.SECONDS));
    List<CompletableFuture<SandboxRecord>> more =
        List.of(startAsync("slow"), startAsync("slow"), startAsync("slow"));

    backend.gate.countDown();

    String runtimeId = first.get(10, TimeUnit.SECONDS).runtimeId();
    for (CompletableFuture<SandboxRecord> other : more) {
      SandboxRecord answered = other.get(10, TimeUnit.SECONDS);
      assertEquals(runtimeId, answered.runtimeId());
      assertEquals("handle-" + runtimeId, answered.handle(), "answered after its launch");
    }
    assertEquals(1, backend.launched.size());
  }

  @Test
  void aStopDuringTheLaunchWinsAndWhatWasLaunchedIsEnded() throws Exception {
    CompletableFuture<SandboxRecord> start = startAsync("slow");
    assertTrue(backend.entered.await(10, TimeUnit.SECONDS));
    String runtimeId = sandboxes.active(TENANT).getFirst().runtimeId();

    assertEquals(RuntimeStatus.STOPPED, sandboxes.stop(TENANT, runtimeId).status());
    backend.gate.countDown();

    assertEquals(RuntimeStatus.STOPPED, start.get(10, TimeUnit.SECONDS).status());
    await().until(() -> backend.stopped.contains("handle-" + runtimeId));
    assertEquals(RuntimeStatus.STOPPED, sandboxes.byId(TENANT, runtimeId).orElseThrow().status());
  }

  @Test
  void aFailedLaunchFailsEveryWaiterAndFreesTheSession() throws Exception {
    backend.failing.add("slow");
    CompletableFuture<SandboxRecord> first = startAsync("slow");
    assertTrue(backend.entered.await(10, TimeUnit.SECONDS));
    CompletableFuture<SandboxRecord> second = startAsync("slow");
    backend.gate.countDown();

    for (CompletableFuture<SandboxRecord> call : List.of(first, second)) {
      Throwable failure =
          assertThrows(Exception.class, () -> call.get(10, TimeUnit.SECONDS)).getCause();
      assertEquals(503, ((SandboxException) failure).status());
    }
    backend.failing.clear();
    assertEquals(RuntimeStatus.STARTING, sandboxes.start(TENANT, request("slow")).status());
  }

  private CompletableFuture<SandboxRecord> startAsync(String session) {
    return CompletableFuture.supplyAsync(
        () -> sandboxes.start(TENANT, request(session)), r -> Thread.ofVirtual().start(r));
  }

  private static StartRuntimeRequest request(String session) {
    return new StartRuntimeRequest(
        "img",
        RuntimeCommand.ofLine("run"),
        null,
        Map.of(),
        session,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** Launches at once, except those of session {@code slow}, which wait for {@link #gate}. */
  private static final class GatedBackend implements SandboxBackend {
    final CountDownLatch gate = new CountDownLatch(1);
    final CountDownLatch entered = new CountDownLatch(1);
    final Set<String> failing = ConcurrentHashMap.newKeySet();
    final List<String> launched = new CopyOnWriteArrayList<>();
    final List<String> stopped = new CopyOnWriteArrayList<>();

    @Override
    public Launch start(LaunchSpec spec) throws BackendException {
      if (spec.sessionId().equals("slow")) {
        entered.countDown();
        try {
          gate.await();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      if (failing.contains(spec.sessionId())) {
        throw new BackendException("no such image", null);
      }
      launched.add(spec.runtimeId());
      return new Launch("handle-" + spec.runtimeId(), "http://127.0.0.1:1", 1);
    }

    @Override
    public void pause(String runtimeId, String handle) {}

    @Override
    public void stop(String runtimeId, String handle) {
      if (handle != null) {
        stopped.add(handle);
      }
    }

    @Override
    public Inspection inspect(String handle) {
      return Inspection.running();
    }
  }
}
