package dev.jhands.runtime.kubernetes;

import static dev.jhands.runtime.kubernetes.Cluster.NS;
import static dev.jhands.runtime.kubernetes.Cluster.awaitStatus;
import static dev.jhands.runtime.kubernetes.Cluster.newSession;
import static dev.jhands.runtime.kubernetes.Cluster.post;
import static dev.jhands.runtime.kubernetes.Cluster.start;
import static dev.jhands.runtime.kubernetes.Cluster.startBody;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jhands.events.runtime.RuntimeCommand;
import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.events.runtime.StartRuntimeRequest;
import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.backend.LaunchOptions;
import dev.jhands.runtime.sandbox.SandboxRecord;
import dev.jhands.runtime.sandbox.Sandboxes;
import dev.jhands.runtime.tenant.Tenant;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Other instances of the runtime API over the same cluster: one built after the first "died" stands
 * for a restart after {@code kill -9} (it holds nothing but what the cluster keeps), and two built
 * side by side stand for two replicas of the Deployment.
 */
@QuarkusTest
@TestProfile(KubernetesProfile.class)
class KubernetesReplicasIT {

  private static final Tenant ALPHA = new Tenant("alpha", 5);

  @Inject KubernetesClient client;
  @Inject RuntimeApiConfig config;

  /** Runtimes that only the extra instances know of, to stop after each test. */
  private final List<Runnable> cleanup = new ArrayList<>();

  @AfterEach
  void stopEverything() {
    cleanup.forEach(Runnable::run);
    replicas.forEach(Sandboxes::close);
    Cluster.stopEverything(client);
  }

  private final List<Sandboxes> replicas = new ArrayList<>();

  private Sandboxes replica() {
    Sandboxes replica = KubernetesSandboxes.create(config, client);
    replicas.add(replica);
    return replica;
  }

  @Test
  void aRestartedRuntimeApiSeesEveryRuntimeAsItWasAndStartsNothing() {
    String running = newSession();
    String paused = newSession();
    String stopped = newSession();
    String failed = newSession();
    Map<String, String> ids =
        Map.of(
            running, start(startBody(running, "img:1")).extract().path("runtime_id"),
            paused, start(startBody(paused, "img:1")).extract().path("runtime_id"),
            stopped, start(startBody(stopped, "img:1")).extract().path("runtime_id"),
            failed, start(startBody(failed, "img-crash:1")).extract().path("runtime_id"));
    List.of(running, paused, stopped).forEach(sid -> awaitStatus(sid, "running"));
    awaitStatus(failed, "error");
    post("/pause", ids.get(paused)).statusCode(200);
    post("/stop", ids.get(stopped)).statusCode(200);
    Set<String> podsBefore = podNames();

    Sandboxes restarted = replica();
    assertEquals(RuntimeStatus.RUNNING, restarted.bySession(ALPHA, running).orElseThrow().status());
    assertEquals(RuntimeStatus.PAUSED, restarted.bySession(ALPHA, paused).orElseThrow().status());
    SandboxRecord errored = restarted.bySession(ALPHA, failed).orElseThrow();
    assertEquals(RuntimeStatus.ERROR, errored.status());
    assertTrue(errored.statusDetail().contains("CrashLoopBackOff"));
    // A stopped runtime left nothing behind, so its session is unknown: clients start anew.
    assertTrue(restarted.bySession(ALPHA, stopped).isEmpty());
    List<String> active = restarted.active(ALPHA).stream().map(SandboxRecord::runtimeId).toList();
    assertTrue(active.containsAll(List.of(ids.get(running), ids.get(paused), ids.get(failed))));
    assertEquals(podsBefore, podNames());

    // A start of a running session answers it, with the key it had.
    SandboxRecord again = restarted.start(ALPHA, request(running));
    assertEquals(ids.get(running), again.runtimeId());
    assertEquals(podsBefore, podNames());
  }

  @Test
  void aPodThatVanishedWhileDownIsAnErrorAfterRestart() {
    String sid = newSession();
    String runtimeId = start(startBody(sid, "img:1")).extract().path("runtime_id");
    awaitStatus(sid, "running");
    client.pods().inNamespace(NS).withLabel(KubernetesNames.RUNTIME, runtimeId).delete();

    SandboxRecord seen = replica().bySession(ALPHA, sid).orElseThrow();
    assertEquals(RuntimeStatus.ERROR, seen.status());
    assertTrue(!seen.statusDetail().isBlank());
  }

  @Test
  void aStartInterruptedBeforeItsLaunchIsAnErrorAfterRestart() {
    String sid = newSession();
    long now = System.currentTimeMillis();
    SandboxRecord claimed =
        new SandboxRecord(
            "0123456789abcdef01234567",
            ALPHA.name(),
            sid,
            "img:1",
            RuntimeCommand.ofLine("serve"),
            "/workspace",
            Map.of(),
            "key",
            RuntimeStatus.STARTING,
            null,
            null,
            0,
            null,
            0,
            now,
            now,
            LaunchOptions.DEFAULTS);
    new KubernetesRecordStore(client, NS, Duration.ofSeconds(5)).claim(claimed);

    Sandboxes restarted = replica();
    SandboxRecord seen = restarted.bySession(ALPHA, sid).orElseThrow();
    assertEquals(RuntimeStatus.ERROR, seen.status());
    assertTrue(seen.statusDetail().contains("start interrupted"));
    restarted.stop(ALPHA, seen.runtimeId());
  }

  @Test
  void resumingALaunchInterruptedAfterItsPodLeavesOnePod() {
    Sandboxes crashed = replica();
    String sid = newSession();
    SandboxRecord started = crashed.start(ALPHA, request(sid));
    // As if the API died after creating the pod but before recording it: the record has no handle.
    SandboxRecord unrecorded =
        new SandboxRecord(
            started.runtimeId(),
            started.tenant(),
            sid,
            started.image(),
            started.command(),
            started.workingDir(),
            started.environment(),
            started.sessionApiKey(),
            RuntimeStatus.STARTING,
            null,
            null,
            0,
            null,
            0,
            started.createdAt(),
            started.statusSince(),
            started.options());
    new KubernetesRecordStore(client, NS, Duration.ofSeconds(5)).save(unrecorded);

    Sandboxes restarted = replica();
    assertEquals(RuntimeStatus.ERROR, restarted.bySession(ALPHA, sid).orElseThrow().status());
    SandboxRecord resumed = restarted.resume(ALPHA, started.runtimeId());
    assertEquals(started.sessionApiKey(), resumed.sessionApiKey());
    assertEquals(
        List.of(resumed.handle()),
        client
            .pods()
            .inNamespace(NS)
            .withLabel(KubernetesNames.RUNTIME, started.runtimeId())
            .list()
            .getItems()
            .stream()
            .map(p -> p.getMetadata().getName())
            .toList());
    cleanup.add(() -> restarted.stop(ALPHA, started.runtimeId()));
  }

  @Test
  void aClaimAnotherReplicaAbandonedTurnsErrorAtResync() {
    Sandboxes survivor = replica();
    String sid = newSession();
    long longAgo = System.currentTimeMillis() - config.readyTimeout().toMillis() - 60_000;
    SandboxRecord abandoned =
        new SandboxRecord(
            "abcdef0123456789abcdef01",
            ALPHA.name(),
            sid,
            "img:1",
            RuntimeCommand.ofLine("serve"),
            "/workspace",
            Map.of(),
            "key",
            RuntimeStatus.STARTING,
            null,
            null,
            0,
            null,
            0,
            longAgo,
            longAgo,
            LaunchOptions.DEFAULTS);
    new KubernetesRecordStore(client, NS, Duration.ofSeconds(5)).claim(abandoned);

    survivor.resync();
    SandboxRecord seen = survivor.bySession(ALPHA, sid).orElseThrow();
    assertEquals(RuntimeStatus.ERROR, seen.status());
    assertTrue(seen.statusDetail().contains("start interrupted"));
    cleanup.add(() -> survivor.stop(ALPHA, seen.runtimeId()));
  }

  @Test
  void twoReplicasRacingOnOneSessionStartOneSandbox() throws Exception {
    Sandboxes first = replica();
    Sandboxes second = replica();
    // A thread each, whatever the common pool's size: the barrier needs both at once.
    ExecutorService threads = Executors.newFixedThreadPool(2);
    cleanup.add(threads::shutdownNow);
    for (int round = 0; round < 5; round++) {
      String sid = newSession();
      Set<String> podsBefore = podNames();
      CyclicBarrier together = new CyclicBarrier(2);
      CompletableFuture<SandboxRecord> a =
          CompletableFuture.supplyAsync(() -> race(first, sid, together), threads);
      CompletableFuture<SandboxRecord> b =
          CompletableFuture.supplyAsync(() -> race(second, sid, together), threads);
      String runtimeId = a.get().runtimeId();
      assertEquals(runtimeId, b.get().runtimeId());
      assertEquals(a.get().sessionApiKey(), b.get().sessionApiKey());
      cleanup.add(() -> first.stop(ALPHA, runtimeId));

      Set<String> podsAfter = podNames();
      podsAfter.removeAll(podsBefore);
      assertEquals(1, podsAfter.size());
      assertTrue(podsAfter.iterator().next().startsWith("jh-" + runtimeId + "-"));
      assertEquals(
          1,
          client
              .secrets()
              .inNamespace(NS)
              .withLabel(KubernetesNames.SESSION_HASH, KubernetesNames.sessionHash("alpha", sid))
              .list()
              .getItems()
              .size());
    }
  }

  @Test
  void aReplicaSeesWhatAnotherStartedAndStopped() {
    Sandboxes first = replica();
    Sandboxes second = replica();
    String sid = newSession();
    SandboxRecord started = first.start(ALPHA, request(sid));
    assertTrue(second.bySession(ALPHA, sid).isEmpty());

    second.resync();
    SandboxRecord seen = second.bySession(ALPHA, sid).orElseThrow();
    assertEquals(started.runtimeId(), seen.runtimeId());
    assertEquals(started.sessionApiKey(), seen.sessionApiKey());
    assertEquals(started.handle(), seen.handle());

    first.stop(ALPHA, started.runtimeId());
    second.resync();
    assertEquals(RuntimeStatus.STOPPED, second.bySession(ALPHA, sid).orElseThrow().status());
    assertEquals(List.of(), Cluster.objectsOf(client, started.runtimeId()));
  }

  @Test
  void theRuntimeApiAnswersWhatAReplicaStartedAfterItsResync() {
    String sid = newSession();
    SandboxRecord started = replica().start(ALPHA, request(sid));
    // The app's watcher reads the Secrets back every resync-interval (5 s) and then watches it.
    await()
        .atMost(Duration.ofSeconds(30))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> Cluster.session(sid).extract().statusCode() == 200);
    Cluster.session(sid).body("runtime_id", equalTo(started.runtimeId()));
    awaitStatus(sid, "running");
  }

  @Test
  void aStaleReplicaNeverBringsAStoppedRuntimeBack() {
    Sandboxes first = replica();
    Sandboxes second = replica();
    String sid = newSession();
    String runtimeId = first.start(ALPHA, request(sid)).runtimeId();
    // The second learns of it by losing the race for the session.
    assertEquals(runtimeId, second.start(ALPHA, request(sid)).runtimeId());

    first.stop(ALPHA, runtimeId);
    second.pause(ALPHA, runtimeId);
    assertEquals(List.of(), Cluster.objectsOf(client, runtimeId));
    second.resync();
    assertEquals(RuntimeStatus.STOPPED, second.bySession(ALPHA, sid).orElseThrow().status());
  }

  private static SandboxRecord race(Sandboxes replica, String sid, CyclicBarrier together) {
    try {
      together.await();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return replica.start(ALPHA, request(sid));
  }

  private static StartRuntimeRequest request(String sid) {
    return new StartRuntimeRequest(
        "img:1",
        RuntimeCommand.ofArgv("serve", "--port", "60000"),
        "/workspace",
        Map.of(),
        sid,
        1,
        null,
        null,
        null,
        null,
        null);
  }

  private Set<String> podNames() {
    return client
        .pods()
        .inNamespace(NS)
        .withLabel(KubernetesNames.MANAGED_BY)
        .list()
        .getItems()
        .stream()
        .map(Pod::getMetadata)
        .map(m -> m.getName())
        .collect(Collectors.toSet());
  }
}
