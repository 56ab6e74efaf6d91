package dev.jhands.runtime.kubernetes;

import dev.jhands.runtime.RuntimeApiConfig;
import dev.jhands.runtime.sandbox.Sandboxes;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Optional;

/** The sandboxes over one namespace of a cluster: its Secrets are the records. */
public final class KubernetesSandboxes {

  private KubernetesSandboxes() {}

  public static Sandboxes create(RuntimeApiConfig config, KubernetesClient client) {
    String namespace =
        config
            .kubernetes()
            .namespace()
            .or(() -> Optional.ofNullable(client.getNamespace()))
            .orElse("default");
    KubernetesRecordStore records =
        new KubernetesRecordStore(client, namespace, config.kubernetes().resyncInterval());
    return new Sandboxes(
        config, records, new KubernetesBackend(config.kubernetes(), client, namespace, records));
  }
}
