package dev.jhands.runtime.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.jhands.events.runtime.ImagePullPolicy;
import dev.jhands.events.runtime.RuntimeCommand;
import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.TestConfigs;
import dev.jhands.runtime.backend.LaunchOptions;
import dev.jhands.runtime.backend.LaunchSpec;
import dev.jhands.runtime.sandbox.SandboxException;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Quantity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The pod and URL a launch asks for, from the settings alone: no API server needed. */
class SandboxPodsTest {

  private static final OwnerReference OWNER = new OwnerReference();

  private static RuntimeApiConfig.Kubernetes config(Map<String, String> properties) {
    return TestConfigs.kubernetes(properties);
  }

  private static LaunchSpec spec(RuntimeCommand command, LaunchOptions options) {
    return new LaunchSpec(
        "abc123", "t", "s", "img:1", command, null, Map.of("SESSION_API_KEY", "k"), 0, options);
  }

  @Test
  void defaultsGiveAServiceUrlAndTheConfiguredUserAndResources() {
    RuntimeApiConfig.Kubernetes config = config(Map.of());
    SandboxObjects objects = new SandboxObjects(config, "ns1");
    LaunchSpec spec = spec(RuntimeCommand.ofLine("serve --port 60000"), LaunchOptions.DEFAULTS);
    assertEquals("http://jh-abc123.ns1.svc:60000", objects.url(spec));

    Pod pod = new SandboxPods(config).pod(spec, "jh-abc123-x", "jh-s-1", OWNER);
    assertEquals(
        List.of("sh", "-c", "serve --port 60000"),
        pod.getSpec().getContainers().get(0).getCommand());
    assertEquals(1000L, pod.getSpec().getSecurityContext().getRunAsUser());
    assertNull(pod.getSpec().getRuntimeClassName());
    assertEquals("IfNotPresent", pod.getSpec().getContainers().get(0).getImagePullPolicy());
    var limits = pod.getSpec().getContainers().get(0).getResources().getLimits();
    assertEquals(new Quantity("1"), limits.get("cpu"));
    assertEquals(new Quantity("2Gi"), limits.get("memory"));
  }

  @Test
  void requestOptionsWinOverTheDefaults() {
    RuntimeApiConfig.Kubernetes config =
        config(
            Map.of(
                "jhands.runtime.kubernetes.runtime-class", "gvisor",
                "jhands.runtime.kubernetes.url-template", "https://{runtime_id}.x.test/{port}",
                "jhands.runtime.kubernetes.node-selector.pool", "sandboxes",
                "jhands.runtime.kubernetes.expose-service-ports", "false"));
    LaunchOptions options =
        new LaunchOptions(4, "unknown-class", 10001, 10002, 10003, ImagePullPolicy.ALWAYS);
    LaunchSpec spec = spec(RuntimeCommand.ofArgv("serve"), options);
    assertEquals("https://abc123.x.test/60000", new SandboxObjects(config, "ns").url(spec));

    Pod pod = new SandboxPods(config).pod(spec, "p", "s", OWNER);
    var security = pod.getSpec().getSecurityContext();
    assertEquals(
        List.of(10001L, 10002L, 10003L),
        List.of(security.getRunAsUser(), security.getRunAsGroup(), security.getFsGroup()));
    // An unmapped runtime class falls back to the configured one rather than failing the pod.
    assertEquals("gvisor", pod.getSpec().getRuntimeClassName());
    assertEquals(Map.of("pool", "sandboxes"), pod.getSpec().getNodeSelector());
    assertEquals("Always", pod.getSpec().getContainers().get(0).getImagePullPolicy());
    assertEquals(1, pod.getSpec().getContainers().get(0).getPorts().size());
    assertEquals(
        1, new SandboxObjects(config, "ns").service("abc123", OWNER).getSpec().getPorts().size());
    var requests = pod.getSpec().getContainers().get(0).getResources().getRequests();
    assertEquals(new Quantity("4"), requests.get("cpu"));
    assertEquals(new Quantity("8Gi"), requests.get("memory"));
  }

  @Test
  void rootIsRefused() {
    SandboxPods pods = new SandboxPods(config(Map.of()));
    LaunchSpec spec =
        spec(RuntimeCommand.ofArgv("serve"), new LaunchOptions(1, null, 0, null, null, null));
    SandboxException refused =
        assertThrows(SandboxException.class, () -> pods.pod(spec, "p", "s", OWNER));
    assertEquals(400, refused.status());
  }

  @Test
  void quantitiesKeepTheirUnit() {
    assertEquals(new Quantity("1500m"), SandboxPods.scaled("500m", 3));
    assertEquals("8", SandboxPods.scaled("2", 4).getAmount());
    assertEquals("Gi", SandboxPods.scaled("2Gi", 4).getFormat());
  }

  @Test
  void secretKeysStayValidForAnyVariableName() {
    assertEquals("env.SESSION_API_KEY", KubernetesNames.envKey("SESSION_API_KEY"));
    String odd = KubernetesNames.envKey("odd name/ü");
    assertTrue(odd.matches("envx\\.[0-9a-f]+"), odd);
    assertEquals(45, KubernetesNames.secretName("t", "s").length());
  }
}
