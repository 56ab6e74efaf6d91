package dev.jhands.runtime.kubernetes;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The kubernetes profile with a warm pool of 50 and a tenant that may hold 200 sandboxes. */
public class KubernetesWarmProfile extends KubernetesProfile {

  static final String IMAGE = "img-warm:1";
  static final String BULK = "bulk-key";
  static final int POOL = 50;

  @Override
  public Map<String, String> getConfigOverrides() {
    Map<String, String> all = new HashMap<>(super.getConfigOverrides());
    all.remove("jhands.runtime.kubernetes.ingress-host");
    all.put("jhands.runtime.ready-timeout", "60s");
    all.put("jhands.runtime.tenants.bulk.api-key", BULK);
    all.put("jhands.runtime.tenants.bulk.max-sandboxes", "500");
    all.put("jhands.runtime.warm-pools.k8s.image", IMAGE);
    all.put(
        "jhands.runtime.warm-pools.k8s.command",
        "/usr/local/bin/openhands-agent-server,--port,60000");
    all.put("jhands.runtime.warm-pools.k8s.target-size", String.valueOf(POOL));
    all.put("jhands.runtime.warm-pools.k8s.max-starting", String.valueOf(POOL));
    return all;
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(
        new TestResourceEntry(KubernetesMockResource.class),
        new TestResourceEntry(FakeAgentServers.class));
  }
}
