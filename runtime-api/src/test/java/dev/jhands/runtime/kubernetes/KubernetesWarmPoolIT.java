package dev.jhands.runtime.kubernetes;

import static dev.jhands.runtime.kubernetes.Cluster.NS;
import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jhands.events.runtime.RuntimeCommand;
import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.events.runtime.StartRuntimeRequest;
import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.TestClaims;
import dev.jhands.runtime.pool.WarmPools;
import dev.jhands.runtime.sandbox.RecordStore;
import dev.jhands.runtime.sandbox.SandboxRecord;
import dev.jhands.runtime.sandbox.Sandboxes;
import dev.jhands.runtime.tenant.Tenant;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.http.BasicBuilder;
import io.fabric8.kubernetes.client.http.HttpRequest;
import io.fabric8.kubernetes.client.http.Interceptor;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Claims from a warm pool of 50 pods under concurrency, through one runtime API and through two
 * replicas over the same cluster. The pods' agent servers are {@link FakeAgentServers}; each test
 * freezes the pool once it is full (new members answer 503, as if still booting), so the refill the
 * claims trigger cannot hand out more than the 50.
 */
@QuarkusTest
@TestProfile(KubernetesWarmProfile.class)
class KubernetesWarmPoolIT {

  static final String MEMBERS = "warm pool k8s";
  static final Tenant BULK = new Tenant("bulk", 500);
  private static final Tenant OWNER = new Tenant(MEMBERS, Integer.MAX_VALUE);

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
  void stopClaimed() {
    cleanup.forEach(Runnable::run);
    List<String> ids =
        bulk().get("/list").then().statusCode(200).extract().path("runtimes.runtime_id");
    ids.forEach(id -> bulk().body(Map.of("runtime_id", id)).post("/stop").then().statusCode(200));
  }

  @Test
  void aHundredParallelStartsOnAPoolOfFiftyGetFiftyHitsAndNoSandboxTwice() throws Exception {
    Set<String> members = memberIds(sandboxes);
    List<JsonPath> answers =
        parallel(
            100,
            i ->
                () ->
                    given()
                        .header("X-API-Key", KubernetesWarmProfile.BULK)
                        .contentType(ContentType.JSON)
                        .body(startBody("par-" + UUID.randomUUID()))
                        .post("/start")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath());

    List<String> hits =
        answers.stream()
            .filter(a -> a.getString("status").equals("running"))
            .map(a -> a.getString("runtime_id"))
            .toList();
    long cold = answers.stream().filter(a -> a.getString("status").equals("starting")).count();
    assertEquals(50, hits.size());
    assertEquals(50, cold);
    assertEquals(100, answers.stream().map(a -> a.getString("runtime_id")).distinct().count());
    assertTrue(members.containsAll(hits), "every hit was a member of the full pool");
    for (String hit : hits) {
      assertEquals(1, FakeAgentServers.current.activations(hit), "activated once: " + hit);
      Secret record =
          client
              .secrets()
              .inNamespace(NS)
              .withLabel(KubernetesNames.RUNTIME, hit)
              .withLabel(KubernetesNames.COMPONENT, KubernetesNames.RECORD)
              .list()
              .getItems()
              .get(0);
      assertEquals("true", record.getMetadata().getLabels().get(KubernetesNames.CLAIMED));
      assertEquals(
          "bulk", record.getMetadata().getAnnotations().get(KubernetesNames.TENANT_ANNOTATION));
    }
    assertEquals(
        Set.copyOf(hits),
        FakeAgentServers.current.allActivations().keySet().stream()
            .filter(hits::contains)
            .collect(Collectors.toSet()));
  }

  @Test
  void aClaimLongLeftDormantSaysErrorAfterARestartAndAFreshOneIsLeftToItsReplica() {
    List<SandboxRecord> members = sandboxes.held(MEMBERS);
    long now = System.currentTimeMillis();
    SandboxRecord stale = claim(members.get(0), now - Duration.ofMinutes(5).toMillis());
    SandboxRecord fresh = claim(members.get(1), now);

    Sandboxes restarted = KubernetesSandboxes.create(config, client);
    cleanup.add(restarted::close);
    new WarmPools(Map.of(), restarted, new SimpleMeterRegistry()).failInterruptedActivations();

    SandboxRecord seen = restarted.byId(BULK, stale.runtimeId()).orElseThrow();
    assertEquals(RuntimeStatus.ERROR, seen.status());
    assertTrue(seen.statusDetail().startsWith("warm claim interrupted"), seen.statusDetail());
    assertEquals(
        RuntimeStatus.RUNNING, restarted.byId(BULK, fresh.runtimeId()).orElseThrow().status());
  }

  /** Claims a member for BULK as a replica that dies before activating it would leave it. */
  private SandboxRecord claim(SandboxRecord member, long at) {
    SandboxRecord claimed =
        TestClaims.claimed(
            member,
            BULK.name(),
            "dormant-" + UUID.randomUUID(),
            TestClaims.activeEnvironment(member, Map.of()),
            "key-" + UUID.randomUUID(),
            at);
    assertEquals(RecordStore.Transfer.DONE, sandboxes.claimWarm(BULK, member, claimed));
    return claimed;
  }

  @Test
  void twoReplicasRacingOnOnePoolNeverHandOutTheSamePod() throws Exception {
    Sandboxes other = KubernetesSandboxes.create(config, client);
    WarmPools otherPools = new WarmPools(config, other, new SimpleMeterRegistry());
    cleanup.add(
        () -> {
          otherPools.close();
          other.active(BULK).forEach(r -> other.stop(BULK, r.runtimeId()));
          // Both replicas refilled: start the next test from one pool of exactly the target,
          // refilled by the app's replica alone.
          List.of(other, sandboxes)
              .forEach(s -> s.held(MEMBERS).forEach(r -> stopQuietly(s, r.runtimeId())));
          other.close();
        });
    // The other replica sees the same members ready (its own check of each server).
    otherPools.reconcile();
    Set<String> members = memberIds(sandboxes);
    assertEquals(members, memberIds(other));
    Map<String, Integer> before = activationCounts();

    List<Callable<String[]>> starts = new ArrayList<>();
    List<JsonPath> viaRest = new ArrayList<>();
    List<String[]> answers =
        parallel(
            80,
            i ->
                i % 2 == 0
                    ? () -> {
                      JsonPath a =
                          bulk()
                              .body(startBody("race-" + UUID.randomUUID()))
                              .post("/start")
                              .then()
                              .statusCode(200)
                              .extract()
                              .jsonPath();
                      return new String[] {a.getString("runtime_id"), a.getString("status")};
                    }
                    : () -> {
                      SandboxRecord r =
                          otherPools.start(BULK, request("race-" + UUID.randomUUID()));
                      return new String[] {r.runtimeId(), r.status().wire()};
                    });

    List<String> hits =
        answers.stream().filter(a -> a[1].equals("running")).map(a -> a[0]).toList();
    assertEquals(hits.size(), new HashSet<>(hits).size(), "no member handed out twice");
    assertEquals(80, answers.stream().map(a -> a[0]).distinct().count());
    assertTrue(members.containsAll(hits));
    assertTrue(hits.size() <= KubernetesWarmProfile.POOL);
    for (String hit : hits) {
      assertEquals(1, activationCounts().get(hit) - before.getOrDefault(hit, 0), hit);
    }
  }

  /**
   * The figure for docs/benchmarks.md (printed, not asserted): Kubernetes API calls a claim makes,
   * counted on the claiming thread of a replica whose client counts what it sends (the refill runs
   * on the keeper's thread and is not counted).
   */
  @Test
  void apiCallsPerClaimArePrinted() {
    AtomicInteger writes = new AtomicInteger();
    AtomicInteger reads = new AtomicInteger();
    String claimer = "claimer-" + UUID.randomUUID();
    KubernetesClient counting =
        new KubernetesClientBuilder()
            .withConfig(client.getConfiguration())
            .withHttpClientBuilderConsumer(
                b ->
                    b.addOrReplaceInterceptor(
                        "count",
                        new Interceptor() {
                          @Override
                          public void before(
                              BasicBuilder builder,
                              HttpRequest request,
                              Interceptor.RequestTags tags) {
                            if (Thread.currentThread().getName().equals(claimer)) {
                              (request.method().equals("GET") ? reads : writes).incrementAndGet();
                            }
                          }
                        }))
            .build();
    Sandboxes other = KubernetesSandboxes.create(config, counting);
    WarmPools otherPools = new WarmPools(config, other, new SimpleMeterRegistry());
    cleanup.add(
        () -> {
          otherPools.close();
          other.active(BULK).forEach(r -> other.stop(BULK, r.runtimeId()));
          // Both replicas refilled: start the next test from one pool of exactly the target,
          // refilled by the app's replica alone.
          List.of(other, sandboxes)
              .forEach(s -> s.held(MEMBERS).forEach(r -> stopQuietly(s, r.runtimeId())));
          other.close();
          counting.close();
        });
    otherPools.reconcile();
    int claims = 10;
    List<String> hits = new ArrayList<>();
    Thread thread =
        Thread.ofPlatform()
            .name(claimer)
            .unstarted(
                () -> {
                  for (int i = 0; i < claims; i++) {
                    SandboxRecord r = otherPools.start(BULK, request("count-" + UUID.randomUUID()));
                    if (r.status().wire().equals("running")) {
                      hits.add(r.runtimeId());
                    }
                  }
                });
    thread.start();
    await().atMost(Duration.ofSeconds(60)).until(() -> !thread.isAlive());
    assertEquals(claims, hits.size(), "every claim was a hit");
    hits.forEach(h -> assertEquals(1, FakeAgentServers.current.activations(h)));
    System.out.printf(
        java.util.Locale.ROOT,
        "BENCH kubernetes warm claim: %d claims, API writes per claim %.2f, reads per claim %.2f%n",
        claims,
        writes.get() / (double) claims,
        reads.get() / (double) claims);
  }

  static void stopQuietly(Sandboxes replica, String runtimeId) {
    try {
      replica.stop(OWNER, runtimeId);
    } catch (RuntimeException e) {
      // Already stopped through the other replica.
    }
  }

  private Map<String, Integer> activationCounts() {
    return FakeAgentServers.current.allActivations().entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().get()));
  }

  static long readyMembers() {
    String text = given().get("/q/metrics").then().statusCode(200).extract().asString();
    var m =
        java.util.regex.Pattern.compile(
                "(?m)^jhands_warm_pool_size\\{[^}]*pool=\"k8s\"[^}]*\\} ([0-9.Ee+-]+)$")
            .matcher(text);
    return m.find() ? (long) Double.parseDouble(m.group(1)) : -1;
  }

  private static Set<String> memberIds(Sandboxes replica) {
    return replica.held(MEMBERS).stream()
        .filter(r -> r.status().wire().equals("running"))
        .map(SandboxRecord::runtimeId)
        .collect(Collectors.toSet());
  }

  static <T> List<T> parallel(int n, java.util.function.IntFunction<Callable<T>> task)
      throws Exception {
    CyclicBarrier barrier = new CyclicBarrier(n);
    try (ExecutorService threads = Executors.newFixedThreadPool(n)) {
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Callable<T> call = task.apply(i);
        futures.add(
            threads.submit(
                () -> {
                  barrier.await();
                  return call.call();
                }));
      }
      List<T> results = new ArrayList<>();
      for (Future<T> f : futures) {
        results.add(f.get());
      }
      return results;
    }
  }

  static io.restassured.specification.RequestSpecification bulk() {
    return given().header("X-API-Key", KubernetesWarmProfile.BULK).contentType(ContentType.JSON);
  }

  static Map<String, Object> startBody(String sessionId) {
    return Map.of(
        "image",
        KubernetesWarmProfile.IMAGE,
        "command",
        List.of("/usr/local/bin/openhands-agent-server", "--port", "60000"),
        "environment",
        Map.of("OH_WEBHOOKS_0_BASE_URL", "http://app/api/v1/webhooks"),
        "session_id",
        sessionId);
  }

  static StartRuntimeRequest request(String sessionId) {
    return new StartRuntimeRequest(
        KubernetesWarmProfile.IMAGE,
        RuntimeCommand.ofArgv("/usr/local/bin/openhands-agent-server", "--port", "60000"),
        null,
        Map.of("OH_WEBHOOKS_0_BASE_URL", "http://app/api/v1/webhooks"),
        sessionId,
        1,
        null,
        null,
        null,
        null,
        null);
  }
}
