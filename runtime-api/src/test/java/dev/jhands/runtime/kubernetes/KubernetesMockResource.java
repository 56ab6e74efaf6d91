package dev.jhands.runtime.kubernetes;

import io.fabric8.kubernetes.client.NamespacedKubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.MockWebServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;

/**
 * The fabric8 mock API server in CRUD mode (it stores what it is sent and serves lists, label
 * selectors, patches and watches) with a {@link TestKubelet} over it, for the runtime API to drive.
 */
public class KubernetesMockResource implements QuarkusTestResourceLifecycleManager {

  public static final String NAMESPACE = "sandboxes";

  private KubernetesMockServer server;
  private NamespacedKubernetesClient kubeletClient;
  private TestKubelet kubelet;

  @Override
  public Map<String, String> start() {
    server =
        new KubernetesMockServer(
            new io.fabric8.mockwebserver.Context(),
            new MockWebServer(),
            new HashMap<>(),
            new KubernetesCrudDispatcher(),
            false);
    server.init();
    kubeletClient = server.createClient();
    kubelet = new TestKubelet(kubeletClient, NAMESPACE);
    return Map.of(
        "quarkus.kubernetes-client.api-server-url",
        kubeletClient.getConfiguration().getMasterUrl(),
        "quarkus.kubernetes-client.trust-certs",
        "true",
        "quarkus.kubernetes-client.namespace",
        NAMESPACE);
  }

  @Override
  public void stop() {
    if (kubelet != null) {
      kubelet.close();
    }
    if (kubeletClient != null) {
      kubeletClient.close();
    }
    if (server != null) {
      server.destroy();
    }
  }
}
