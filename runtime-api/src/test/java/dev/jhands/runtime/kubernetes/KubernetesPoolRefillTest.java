package dev.jhands.runtime.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.TestConfigs;
import dev.jhands.runtime.pool.WarmPools;
import dev.jhands.runtime.sandbox.SandboxRecord;
import dev.jhands.runtime.sandbox.Sandboxes;
import dev.jhands.runtime.tenant.Tenant;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Two replicas refilling one pool over the same cluster (mock API server, CRUD; no kubelet, so the
 * members stay starting) start its target between them, not the target each.
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesPoolRefillTest {

  static KubernetesClient client;

  private static final String OWNER = "warm pool guard";
  private final RuntimeApiConfig config =
      TestConfigs.runtime(
          Map.of(
              "jhands.runtime.backend", "kubernetes",
              "jhands.runtime.kubernetes.namespace", "refill",
              "jhands.runtime.warm-pools.guard.image", "img-guard:1",
              "jhands.runtime.warm-pools.guard.command", "/bin/server,--port,60000",
              "jhands.runtime.warm-pools.guard.target-size", "3",
              "jhands.runtime.warm-pools.guard.max-starting", "3"));
  private final List<AutoCloseable> opened = new ArrayList<>();

  @AfterEach
  void stopMembers() throws Exception {
    Sandboxes last = replica();
    last.held(OWNER).forEach(r -> last.stop(new Tenant(OWNER, 100), r.runtimeId()));
    for (AutoCloseable c : opened) {
      c.close();
    }
  }

  private Sandboxes replica() {
    Sandboxes sandboxes = KubernetesSandboxes.create(config, client);
    opened.add(sandboxes::close);
    return sandboxes;
  }

  @Test
  void aSecondReplicaCountsTheMembersTheFirstStartedBeforeStartingAny() {
    Sandboxes first = replica();
    Sandboxes second = replica();
    WarmPools firstPools = new WarmPools(config, first, new SimpleMeterRegistry());
    WarmPools secondPools = new WarmPools(config, second, new SimpleMeterRegistry());
    opened.add(firstPools);
    opened.add(secondPools);

    // Both were made before any member existed: each one's own view says the pool is empty.
    firstPools.reconcile();
    secondPools.reconcile();
    secondPools.reconcile();
    firstPools.reconcile();

    List<SandboxRecord> members =
        new KubernetesRecordStore(client, "refill", config.kubernetes().resyncInterval())
            .loadAll().stream().filter(r -> r.tenant().equals(OWNER)).toList();
    assertEquals(3, members.size(), "the pool's target, across both replicas");
  }
}
