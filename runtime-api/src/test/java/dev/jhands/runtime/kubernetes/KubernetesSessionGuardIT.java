package dev.jhands.runtime.kubernetes;

import static dev.jhands.runtime.kubernetes.Cluster.NS;
import static dev.jhands.runtime.kubernetes.KubernetesWarmPoolIT.BULK;
import static dev.jhands.runtime.kubernetes.KubernetesWarmPoolIT.MEMBERS;
import static dev.jhands.runtime.kubernetes.KubernetesWarmPoolIT.bulk;
import static dev.jhands.runtime.kubernetes.KubernetesWarmPoolIT.parallel;
import static dev.jhands.runtime.kubernetes.KubernetesWarmPoolIT.readyMembers;
import static dev.jhands.runtime.kubernetes.KubernetesWarmPoolIT.request;
import static dev.jhands.runtime.kubernetes.KubernetesWarmPoolIT.startBody;
import static dev.jhands.runtime.kubernetes.KubernetesWarmPoolIT.stopQuietly;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.pool.WarmPools;
import dev.jhands.runtime.sandbox.SandboxRecord;
import dev.jhands.runtime.sandbox.Sandboxes;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A session gets one runtime whichever replica starts it and however: a warm claim holds the
 * session with a Secret named after it (a session marker), as a cold start does with its record, so
 * two replicas starting the same new session at once, one from the pool and one cold, or both from
 * the pool with different members, agree on one runtime.
 */
@QuarkusTest
@TestProfile(KubernetesWarmProfile.class)
class KubernetesSessionGuardIT {

  @Inject Sandboxes sandboxes;
  @Inject KubernetesClient client;
  @Inject RuntimeApiConfig config;

  private final List<Runnable> cleanup = new ArrayList<>();

  @BeforeEach
  void fullPool() {
    FakeAgentServers.current.thaw();
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> readyMembers() == KubernetesWarmProfile.POOL);
    FakeAgentServers.current.freeze();
  }

  @AfterEach
  void stopAll() {
    cleanup.forEach(Runnable::run);
    List<String> ids =
        bulk().get("/list").then().statusCode(200).extract().path("runtimes.runtime_id");
    ids.forEach(id -> bulk().body(Map.of("runtime_id", id)).post("/stop").then().statusCode(200));
  }

  /** Another replica over the same cluster, with the same pools; its members go at the end. */
  private Replica replica() {
    Sandboxes other = KubernetesSandboxes.create(config, client);
    WarmPools pools = new WarmPools(config, other, new SimpleMeterRegistry());
    cleanup.add(
        () -> {
          pools.close();
          other.active(BULK).forEach(r -> stopQuietly(other, r.runtimeId()));
          List.of(other, sandboxes)
              .forEach(s -> s.held(MEMBERS).forEach(r -> stopQuietly(s, r.runtimeId())));
          other.close();
        });
    return new Replica(other, pools);
  }

  private record Replica(Sandboxes sandboxes, WarmPools pools) {}

  @Test
  void twoReplicasRacingFiftyStartsEachOfOneSessionGiveItOneRuntime() throws Exception {
    Replica other = replica();
    // The other replica sees the same members ready, so both can hit the pool.
    other.pools().reconcile();
    for (int round = 0; round < 3; round++) {
      String sid = "same-" + UUID.randomUUID();
      Map<String, Integer> activationsBefore = activations();
      List<String> answered =
          parallel(
              100,
              i ->
                  switch (i % 4) {
                    case 0 ->
                        () ->
                            bulk()
                                .body(startBody(sid))
                                .post("/start")
                                .then()
                                .statusCode(200)
                                .extract()
                                .path("runtime_id");
                    case 1 -> () -> sandboxes.start(BULK, request(sid)).runtimeId();
                    case 2 -> () -> other.pools().start(BULK, request(sid)).runtimeId();
                    default -> () -> other.sandboxes().start(BULK, request(sid)).runtimeId();
                  });

      List<String> distinct = answered.stream().distinct().toList();
      assertEquals(1, distinct.size(), "one runtime for the session: " + distinct);
      String runtimeId = distinct.get(0);
      assertEquals(runtimeId, sandboxes.bySession(BULK, sid).orElseThrow().runtimeId());
      assertEquals(runtimeId, other.sandboxes().bySession(BULK, sid).orElseThrow().runtimeId());
      assertEquals(
          List.of(runtimeId),
          new KubernetesRecordStore(client, NS, Duration.ofSeconds(5))
              .loadAll().stream()
                  .filter(r -> r.tenant().equals(BULK.name()) && r.sessionId().equals(sid))
                  .map(SandboxRecord::runtimeId)
                  .toList());
      Map<String, Integer> activated = activations();
      long newlyActivated =
          activated.entrySet().stream()
              .filter(e -> e.getValue() > activationsBefore.getOrDefault(e.getKey(), 0))
              .count();
      assertTrue(newlyActivated <= 1, "at most one member handed out: " + newlyActivated);
      assertEquals(1, pods(runtimeId), "one pod");
    }
  }

  @Test
  void aClaimedRuntimeIsListedUnderItsSessionAfterARestartAndAnsweredByAnyReplica() {
    // Made before the claim and never resynced: it knows nothing of it.
    Replica unaware = replica();
    String sid = "claimed-" + UUID.randomUUID();
    JsonPath hit =
        bulk().body(startBody(sid)).post("/start").then().statusCode(200).extract().jsonPath();
    assertEquals("running", hit.getString("status"));
    String runtimeId = hit.getString("runtime_id");
    String key = hit.getString("session_api_key");

    Replica restarted = replica();
    SandboxRecord listed = restarted.sandboxes().bySession(BULK, sid).orElseThrow();
    assertEquals(runtimeId, listed.runtimeId());
    assertEquals(RuntimeStatus.RUNNING, listed.status());
    assertEquals(key, listed.sessionApiKey());
    assertTrue(
        restarted.sandboxes().held(MEMBERS).stream()
            .noneMatch(r -> r.runtimeId().equals(runtimeId)));

    // A cold start of the session on the replica that has not seen the claim answers it.
    SandboxRecord cold = unaware.sandboxes().start(BULK, request(sid));
    assertEquals(runtimeId, cold.runtimeId());
    assertEquals(key, cold.sessionApiKey());
    assertEquals(1, pods(runtimeId));
    assertEquals(
        1,
        new KubernetesRecordStore(client, NS, Duration.ofSeconds(5))
            .loadAll().stream()
                .filter(r -> r.tenant().equals(BULK.name()) && r.sessionId().equals(sid))
                .count());

    // Its stop frees the session: the marker goes with the runtime.
    restarted.sandboxes().stop(BULK, runtimeId);
    assertNull(
        client.secrets().inNamespace(NS).withName(KubernetesNames.secretName("bulk", sid)).get());
    assertTrue(
        client
            .secrets()
            .inNamespace(NS)
            .withLabel(KubernetesNames.RUNTIME, runtimeId)
            .list()
            .getItems()
            .isEmpty());
  }

  private int pods(String runtimeId) {
    return client
        .pods()
        .inNamespace(NS)
        .withLabel(KubernetesNames.RUNTIME, runtimeId)
        .list()
        .getItems()
        .size();
  }

  private static Map<String, Integer> activations() {
    Map<String, Integer> counts = new java.util.HashMap<>();
    FakeAgentServers.current.allActivations().forEach((id, n) -> counts.put(id, n.get()));
    return counts;
  }
}
