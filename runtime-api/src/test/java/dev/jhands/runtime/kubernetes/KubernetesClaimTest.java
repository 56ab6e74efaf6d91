package dev.jhands.runtime.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jhands.events.runtime.RuntimeCommand;
import dev.jhands.events.runtime.RuntimeStatus;
import dev.jhands.runtime.backend.LaunchOptions;
import dev.jhands.runtime.sandbox.SandboxRecord;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The claim protocol of a warm member's record Secret, against the mock API server (CRUD). */
@EnableKubernetesMockClient(crud = true)
class KubernetesClaimTest {

  static KubernetesClient client;

  private final KubernetesRecordStore store =
      new KubernetesRecordStore(client, "ns", Duration.ofSeconds(5));

  @Test
  void aMemberIsClaimedOnceAndTheSecondClaimIsRefused() {
    SandboxRecord member = record("rt1", "warm pool p", "warm-abc-1", "boot");
    store.claim(member);

    assertTrue(store.transfer(member, record("rt1", "alpha", "s-1", "k1")));
    assertFalse(store.transfer(member, record("rt1", "beta", "s-2", "k2")));

    Secret secret = store.secretOf("rt1").orElseThrow();
    assertEquals("true", secret.getMetadata().getLabels().get(KubernetesNames.CLAIMED));
    assertEquals(
        "alpha", secret.getMetadata().getAnnotations().get(KubernetesNames.TENANT_ANNOTATION));
    SandboxRecord stored =
        store.loadAll().stream().filter(r -> r.runtimeId().equals("rt1")).findFirst().orElseThrow();
    assertEquals("alpha", stored.tenant());
    assertEquals("k1", stored.sessionApiKey());
  }

  @Test
  void aPatchAtAStaleResourceVersionIsAConflict() {
    // What makes a claim atomic across replicas: both read the Secret at one resourceVersion, and
    // only the first patch guarded by it is applied.
    SandboxRecord member = record("rt2", "warm pool p", "warm-abc-2", "boot");
    store.claim(member);
    Secret read = store.secretOf("rt2").orElseThrow();
    String stale = read.getMetadata().getResourceVersion();
    patch(read.getMetadata().getName(), stale, "first");
    KubernetesClientException conflict =
        org.junit.jupiter.api.Assertions.assertThrows(
            KubernetesClientException.class,
            () -> patch(read.getMetadata().getName(), stale, "second"));
    assertEquals(409, conflict.getCode());
  }

  @Test
  void aClaimedRecordIsStillSavedThroughItsMembersSecret() {
    SandboxRecord member = record("rt3", "warm pool p", "warm-abc-3", "boot");
    store.claim(member);
    SandboxRecord claimed = record("rt3", "alpha", "s-3", "k3");
    assertTrue(store.transfer(member, claimed));

    store.save(
        new SandboxRecord(
            "rt3",
            "alpha",
            "s-3",
            "img",
            RuntimeCommand.ofArgv("x"),
            null,
            Map.of(),
            "k3",
            RuntimeStatus.PAUSED,
            null,
            null,
            0,
            null,
            0,
            1,
            2,
            LaunchOptions.DEFAULTS));
    assertEquals(
        List.of(RuntimeStatus.PAUSED),
        store.loadAll().stream()
            .filter(r -> r.runtimeId().equals("rt3"))
            .map(SandboxRecord::status)
            .toList());
  }

  private static void patch(String name, String resourceVersion, String value) {
    client
        .secrets()
        .inNamespace("ns")
        .withName(name)
        .patch(
            PatchContext.of(PatchType.JSON_MERGE),
            "{\"metadata\":{\"resourceVersion\":\""
                + resourceVersion
                + "\",\"labels\":{\"x\":\""
                + value
                + "\"}}}");
  }

  private static SandboxRecord record(String id, String tenant, String session, String key) {
    return new SandboxRecord(
        id,
        tenant,
        session,
        "img",
        RuntimeCommand.ofArgv("x"),
        null,
        Map.of(),
        key,
        RuntimeStatus.RUNNING,
        null,
        "http://u",
        0,
        "pod-" + id,
        0,
        1,
        2,
        LaunchOptions.DEFAULTS);
  }
}
