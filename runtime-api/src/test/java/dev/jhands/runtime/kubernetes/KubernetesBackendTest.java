package dev.jhands.runtime.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jhands.runtime.TestConfigs;
import dev.jhands.runtime.backend.Inspection;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How pods read as statuses, against the fabric8 mock API server in CRUD mode. */
@EnableKubernetesMockClient(crud = true)
class KubernetesBackendTest {

  static KubernetesClient client;

  private final List<KubernetesBackend> backends = new ArrayList<>();

  @AfterEach
  void close() {
    backends.forEach(KubernetesBackend::close);
  }

  private KubernetesBackend backend(boolean probeUrl) {
    var config =
        TestConfigs.kubernetes(
            Map.of("jhands.runtime.kubernetes.probe-url", Boolean.toString(probeUrl)));
    KubernetesBackend backend =
        new KubernetesBackend(
            config, client, "ns", new KubernetesRecordStore(client, "ns", Duration.ofSeconds(5)));
    backends.add(backend);
    return backend;
  }

  private static void pod(String name, String phase, String ready) {
    Pod pod =
        new PodBuilder()
            .withNewMetadata()
            .withName(name)
            .endMetadata()
            .withNewStatus()
            .withPhase(phase)
            .addNewCondition()
            .withType("Ready")
            .withStatus(ready)
            .endCondition()
            .endStatus()
            .build();
    client.pods().inNamespace("ns").resource(pod).create();
  }

  @Test
  void aReadyPodIsReadyUnlessTheUrlIsToBeProbedToo() {
    pod("ready", "Running", "True");
    Inspection kubelet = backend(false).inspect("ready");
    assertTrue(kubelet.alive() && kubelet.reportsReadiness() && kubelet.ready());

    Inspection probed = backend(true).inspect("ready");
    assertTrue(probed.alive());
    assertFalse(probed.reportsReadiness());
  }

  @Test
  void aPodNotReadyWaitsAndAMissingOrFailedPodIsGone() {
    pod("starting", "Running", "False");
    Inspection waiting = backend(true).inspect("starting");
    assertTrue(waiting.alive());
    assertFalse(waiting.ready());
    assertEquals("pod Running, not ready", waiting.detail());

    assertEquals(Inspection.gone("pod not found"), backend(false).inspect("nowhere"));

    pod("oom", "Failed", "False");
    client
        .pods()
        .inNamespace("ns")
        .withName("oom")
        .editStatus(
            p -> {
              p.getStatus().setReason("Evicted");
              p.getStatus().setMessage("The node was low on resource: memory.");
              return p;
            });
    Inspection evicted = backend(false).inspect("oom");
    assertFalse(evicted.alive());
    assertEquals("pod failed: Evicted: The node was low on resource: memory.", evicted.detail());
  }
}
