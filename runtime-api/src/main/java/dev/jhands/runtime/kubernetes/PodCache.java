package dev.jhands.runtime.kubernetes;

import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.informers.SharedIndexInformer;

/**
 * The sandbox pods as a watch keeps them, so that polling every runtime costs the API server one
 * watch per replica instead of a GET per runtime and poll. A pod the watch has not delivered yet
 * (just created, or the watch still syncing) is fetched directly.
 */
final class PodCache implements AutoCloseable {

  private final KubernetesClient client;
  private final String namespace;
  private final SharedIndexInformer<Pod> informer;

  PodCache(KubernetesClient client, String namespace) {
    this.client = client;
    this.namespace = namespace;
    this.informer =
        client
            .pods()
            .inNamespace(namespace)
            .withLabel(KubernetesNames.MANAGED_BY, KubernetesNames.MANAGER)
            .runnableInformer(0);
    // Not awaited: an API server that is slow at boot must not hold up the runtime API.
    informer.start();
  }

  Pod get(String name) {
    Pod cached = informer.hasSynced() ? informer.getStore().getByKey(namespace + "/" + name) : null;
    return cached != null ? cached : client.pods().inNamespace(namespace).withName(name).get();
  }

  @Override
  public void close() {
    informer.close();
  }
}
