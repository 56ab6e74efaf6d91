package dev.jhands.runtime;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jhands.events.runtime.RuntimeCommand;
import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.events.runtime.StartRuntimeRequest;
import dev.jhands.runtime.pool.WarmPools;
import dev.jhands.runtime.process.ProcessBackend;
import dev.jhands.runtime.sandbox.FileRecordStore;
import dev.jhands.runtime.sandbox.RecordStore;
import dev.jhands.runtime.sandbox.SandboxRecord;
import dev.jhands.runtime.sandbox.Sandboxes;
import dev.jhands.runtime.sandbox.Watcher;
import dev.jhands.runtime.tenant.Tenant;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The pool keeper over real processes, driven round by round: sandboxes of their own (a state
 * directory of their own, as a second runtime API would have), so that the app's pools do not
 * interfere.
 */
@QuarkusTest
class WarmPoolKeeperIT {

  @Inject RuntimeApiConfig config;

  private Sandboxes sandboxes;
  private Watcher watcher;

  private Path state;

  @BeforeEach
  void ownSandboxes() throws Exception {
    state = Files.createTempDirectory("jhands-warm-keeper");
    sandboxes = new Sandboxes(config, new FileRecordStore(state), new ProcessBackend(config));
    watcher = new Watcher(sandboxes).begin();
  }

  @AfterEach
  void stopAll() {
    watcher.close();
    sandboxes.stopAll();
  }

  @Test
  void membersThatFailAreReplacedButNeverMoreThanTheBoundStartAtOnce() {
    var failing = new Pool(List.of("sh", "-c", "exit 3"), Map.of(), 3, 1);
    WarmPools pools =
        new WarmPools(Map.of("failing", failing), sandboxes, new SimpleMeterRegistry());
    Set<String> seen = new HashSet<>();
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(100))
        .until(
            () -> {
              pools.reconcile();
              List<SandboxRecord> live = sandboxes.held("warm pool failing");
              // Target 3, but none ever gets ready: only max-starting (1) may be under way.
              assertTrue(live.size() <= 1, "live members: " + live.size());
              live.forEach(r -> seen.add(r.runtimeId()));
              return seen.size() >= 4;
            });
  }

  @Test
  void aChangedConfigurationReplacesTheMembers() {
    List<String> sleeper = List.of("sleep", "600");
    WarmPools before =
        new WarmPools(
            Map.of("swap", new Pool(sleeper, Map.of("V", "1"), 2, 2)),
            sandboxes,
            new SimpleMeterRegistry());
    before.reconcile();
    Set<String> old = ids();
    assertEquals(2, old.size());

    // The same pool after a restart with another environment.
    WarmPools after =
        new WarmPools(
            Map.of("swap", new Pool(sleeper, Map.of("V", "2"), 2, 2)),
            sandboxes,
            new SimpleMeterRegistry());
    after.reconcile();
    Set<String> now = ids();
    assertEquals(2, now.size());
    assertTrue(now.stream().noneMatch(old::contains), "every old member was replaced");
    sandboxes.held("warm pool swap").forEach(r -> assertEquals("2", r.environment().get("V")));
  }

  @Test
  void aClaimLeftDormantByARestartSaysErrorAndAnActivatedOneStaysRunning() throws Exception {
    WarmPools pools =
        new WarmPools(
            Map.of("agent", new Pool(WarmPoolProfile.agentServerCommand(), Map.of(), 2, 2)),
            sandboxes,
            new SimpleMeterRegistry());
    await()
        .atMost(Duration.ofSeconds(90))
        .pollInterval(Duration.ofMillis(200))
        .until(
            () -> {
              pools.reconcile();
              return readyMembers() == 2;
            });
    pools.reconcile(); // both seen dormant: ready to be handed out
    Tenant alpha = new Tenant("alpha", 5);
    // One start is served and activated as usual...
    SandboxRecord activated = pools.start(alpha, agentStart("served"));
    assertEquals(RuntimeStatus.RUNNING, activated.status());
    // ...the other member is claimed, and the runtime API dies before activating it.
    SandboxRecord member =
        sandboxes.held("warm pool agent").stream()
            .filter(r -> !r.runtimeId().equals(activated.runtimeId()))
            .findFirst()
            .orElseThrow();
    SandboxRecord claimed =
        TestClaims.claimed(
            member,
            "alpha",
            "interrupted",
            TestClaims.activeEnvironment(member, Map.of()),
            "new-key",
            member.statusSince());
    assertEquals(RecordStore.Transfer.DONE, sandboxes.claimWarm(alpha, member, claimed));
    pools.close();

    Sandboxes restarted =
        new Sandboxes(config, new FileRecordStore(state), new ProcessBackend(config));
    new WarmPools(Map.of(), restarted, new SimpleMeterRegistry()).failInterruptedActivations();

    SandboxRecord seen = restarted.byId(alpha, member.runtimeId()).orElseThrow();
    assertEquals(RuntimeStatus.ERROR, seen.status());
    assertTrue(seen.statusDetail().startsWith("warm claim interrupted"), seen.statusDetail());
    assertEquals(
        RuntimeStatus.RUNNING, restarted.byId(alpha, activated.runtimeId()).orElseThrow().status());
  }

  private long readyMembers() {
    return sandboxes.held("warm pool agent").stream()
        .filter(r -> r.status() == RuntimeStatus.RUNNING)
        .count();
  }

  private static StartRuntimeRequest agentStart(String session) {
    return new StartRuntimeRequest(
        "jhands/sandbox:keeper-test",
        new RuntimeCommand(WarmPoolProfile.agentServerCommand(), null),
        null,
        Map.of(),
        session,
        1,
        null,
        null,
        null,
        null,
        null);
  }

  private Set<String> ids() {
    return sandboxes.held("warm pool swap").stream()
        .map(SandboxRecord::runtimeId)
        .collect(Collectors.toSet());
  }

  /** A pool as configuration would give it. */
  record Pool(
      List<String> command, Map<String, String> environment, int targetSize, int maxStarting)
      implements RuntimeApiConfig.WarmPool {

    @Override
    public String image() {
      return "jhands/sandbox:keeper-test";
    }

    @Override
    public int resourceFactor() {
      return 1;
    }

    @Override
    public Optional<String> runtimeClass() {
      return Optional.empty();
    }

    @Override
    public Optional<String> workingDir() {
      return Optional.empty();
    }

    @Override
    public Optional<Integer> runAsUser() {
      return Optional.empty();
    }

    @Override
    public Optional<Integer> runAsGroup() {
      return Optional.empty();
    }

    @Override
    public Optional<Integer> fsGroup() {
      return Optional.empty();
    }
  }
}
