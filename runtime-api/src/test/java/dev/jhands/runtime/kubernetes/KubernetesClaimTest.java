package dev.jhands.runtime.kubernetes;

import static dev.jhands.runtime.sandbox.RecordStore.Transfer.DONE;
import static dev.jhands.runtime.sandbox.RecordStore.Transfer.MEMBER_TAKEN;
import static dev.jhands.runtime.sandbox.RecordStore.Transfer.SESSION_TAKEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    assertEquals(DONE, store.transfer(member, record("rt1", "alpha", "s-1", "k1")));
    assertEquals(MEMBER_TAKEN, store.transfer(member, record("rt1", "beta", "s-2", "k2")));

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
    assertEquals(DONE, store.transfer(member, claimed));

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

  @Test
  void aClaimHoldsItsSessionAgainstAColdStartAndAnotherMember() {
    SandboxRecord first = record("rt4", "warm pool p", "warm-abc-4", "boot");
    SandboxRecord second = record("rt5", "warm pool p", "warm-abc-5", "boot");
    store.claim(first);
    store.claim(second);
    SandboxRecord claimed = record("rt4", "alpha", "s-4", "k4");
    assertEquals(DONE, store.transfer(first, claimed));

    // Another member for the same session loses before taking anything.
    assertEquals(SESSION_TAKEN, store.transfer(second, record("rt5", "alpha", "s-4", "k5")));
    assertFalse(secret("rt5").getMetadata().getLabels().containsKey(KubernetesNames.CLAIMED));
    // A cold start of the session (another replica that has not seen the claim) answers it.
    assertEquals(Optional.of(claimed), store.claim(record("cold-4", "alpha", "s-4", "kc")));
    assertTrue(store.secretOf("cold-4").isEmpty());
    // The marker is not a record, and the claimed runtime's record is still found and saved.
    assertEquals(
        List.of("rt4"),
        store.loadAll().stream()
            .filter(r -> r.sessionId().equals("s-4"))
            .map(SandboxRecord::runtimeId)
            .toList());
    assertEquals(markerName("warm pool p", "warm-abc-4"), secret("rt4").getMetadata().getName());

    // Stopping the runtime frees the session.
    store.save(stopped(claimed));
    assertNull(client.secrets().inNamespace("ns").withName(markerName("alpha", "s-4")).get());
    assertEquals(Optional.empty(), store.claim(record("cold-4b", "alpha", "s-4", "kc")));
  }

  @Test
  void aMarkerLeftByAClaimCutShortIsRemovedAndTheSessionClaimedAnew() {
    // A replica died between the marker and the member's patch, long ago: the member is still
    // its pool's, and the session is nobody's.
    SandboxRecord member = record("rt6", "warm pool p", "warm-abc-6", "boot");
    store.claim(member);
    client
        .secrets()
        .inNamespace("ns")
        .resource(
            withClaimedAt(SessionMarkers.of(record("rt6", "alpha", "s-6", "k6"), secret("rt6")), 0))
        .create();

    assertEquals(Optional.empty(), store.claim(record("cold-6", "alpha", "s-6", "kc")));
    assertEquals("s-6", annotation(store.secretOf("cold-6").orElseThrow(), "session-id"));
    assertEquals("warm pool p", tenantOf("rt6"));
  }

  @Test
  void loadingRemovesAMarkerLeftByAClaimCutShortAndKeepsOneUnderWay() {
    SandboxRecord member = record("rt7", "warm pool p", "warm-abc-7", "boot");
    store.claim(member);
    client
        .secrets()
        .inNamespace("ns")
        .resource(
            withClaimedAt(SessionMarkers.of(record("rt7", "alpha", "s-7", "k7"), secret("rt7")), 0))
        .create();
    client
        .secrets()
        .inNamespace("ns")
        .resource(SessionMarkers.of(record("rt7", "alpha", "s-7b", "k7"), secret("rt7")))
        .create();

    store.loadAll();

    assertNull(client.secrets().inNamespace("ns").withName(markerName("alpha", "s-7")).get());
    assertTrue(
        SessionMarkers.isMarker(
            client.secrets().inNamespace("ns").withName(markerName("alpha", "s-7b")).get()));
  }

  private static Secret withClaimedAt(Secret marker, long at) {
    Map<String, String> annotations = new HashMap<>(marker.getMetadata().getAnnotations());
    annotations.put(KubernetesNames.CLAIMED_AT_ANNOTATION, Long.toString(at));
    marker.getMetadata().setAnnotations(annotations);
    return marker;
  }

  private Secret secret(String runtimeId) {
    return store.secretOf(runtimeId).orElseThrow();
  }

  private String tenantOf(String runtimeId) {
    return store.loadAll().stream()
        .filter(r -> r.runtimeId().equals(runtimeId))
        .findFirst()
        .orElseThrow()
        .tenant();
  }

  private static String annotation(Secret secret, String name) {
    return secret.getMetadata().getAnnotations().get("jhands.dev/" + name);
  }

  private static String markerName(String tenant, String session) {
    return KubernetesNames.secretName(tenant, session);
  }

  private static SandboxRecord stopped(SandboxRecord r) {
    return new SandboxRecord(
        r.runtimeId(),
        r.tenant(),
        r.sessionId(),
        r.image(),
        r.command(),
        r.workingDir(),
        r.environment(),
        r.sessionApiKey(),
        RuntimeStatus.STOPPED,
        null,
        null,
        0,
        null,
        0,
        r.createdAt(),
        r.statusSince(),
        r.options());
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
