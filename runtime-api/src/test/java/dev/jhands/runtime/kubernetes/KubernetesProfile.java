package dev.jhands.runtime.kubernetes;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The runtime API on the kubernetes backend, against the mock API server and its test kubelet. */
public class KubernetesProfile implements QuarkusTestProfile {

  static final String INGRESS_DOMAIN = "sandbox.example.test";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "jhands.runtime.backend", "kubernetes",
        "jhands.runtime.kubernetes.namespace", KubernetesMockResource.NAMESPACE,
        "jhands.runtime.kubernetes.ingress-host", "{runtime_id}." + INGRESS_DOMAIN,
        "jhands.runtime.kubernetes.ingress-class", "nginx",
        "jhands.runtime.kubernetes.storage-class", "fast-ssd",
        "jhands.runtime.kubernetes.runtime-class", "gvisor",
        "jhands.runtime.kubernetes.runtime-classes.\"sysbox-runc\"", "kata",
        "jhands.runtime.kubernetes.cpu", "500m",
        "jhands.runtime.kubernetes.memory", "1Gi",
        "jhands.runtime.ready-timeout", "10s");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(KubernetesMockResource.class));
  }
}
